-- ChatQueue.CLAIM.
-- KEYS: lock, outbox, inbox, urgent outbox. ARGV: owner prefix (owner:), ttl ms, new token. Takes the chat's
-- lease when it is free or held by a dead worker of this same instance (one worker per chat per instance),
-- under a fresh fencing token, and in the same round trip returns what the worker needs first: {held, outbox
-- head, inbox head} ('' for none).
local holder = redis.call('GET', KEYS[1])
if holder and string.sub(holder, 1, #ARGV[1]) ~= ARGV[1] then
  return {'0', '', ''}
end
redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[2])
local head = redis.call('LINDEX', KEYS[4], 0) or redis.call('LINDEX', KEYS[2], 0) or ''
return {'1', head, redis.call('LINDEX', KEYS[3], 0) or ''}
