-- BroadcastStore.SETTLE.
-- KEYS: inflight, done, counts, the chat's context key. ARGV: chat, outcome field, owner, context value
-- (broadcast id and message id), context ttl ms (0: none). Records the outcome of a recipient this owner
-- holds; 0 when it no longer does.
local held = redis.call('HGET', KEYS[1], ARGV[1])
if not held or string.sub(held, 1, #ARGV[3] + 1) ~= ARGV[3] .. '|' then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('HINCRBY', KEYS[3], ARGV[2], 1)
if tonumber(ARGV[5]) > 0 then
  redis.call('SET', KEYS[4], ARGV[4], 'PX', ARGV[5])
end
return 1
