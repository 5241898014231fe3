-- ChatQueue.COMMIT.
-- KEYS: inbox, pending, lock, own outbox, own urgent outbox, then one outbox per outgoing item. ARGV: the head
-- we processed, token, ttl ms, then per item its chat id and json. Moves the head's replies into their chats'
-- outboxes and pops it, atomically; renews our lease; returns {committed, lease held, outbox head, inbox
-- head}.
local committed = '0'
if redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then
  for i = 6, #KEYS do
    redis.call('RPUSH', KEYS[i], ARGV[2 * (i - 6) + 5])
    redis.call('SADD', KEYS[2], ARGV[2 * (i - 6) + 4])
  end
  redis.call('LPOP', KEYS[1])
  committed = '1'
end
local held = '0'
if redis.call('GET', KEYS[3]) == ARGV[2] then
  redis.call('PEXPIRE', KEYS[3], ARGV[3])
  held = '1'
end
local head = redis.call('LINDEX', KEYS[5], 0) or redis.call('LINDEX', KEYS[4], 0) or ''
return {committed, held, head, redis.call('LINDEX', KEYS[1], 0) or ''}
