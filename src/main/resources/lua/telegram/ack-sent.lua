-- ChatQueue.ACK_SENT.
-- KEYS: outbox, inbox, lock, send mark, urgent outbox. ARGV: the head we delivered, token, ttl ms. Pops the
-- head if it is still there (Telegram took it, whoever holds the lease now), drops our send mark, renews our
-- lease, returns {lease held, outbox head, inbox head}.
if redis.call('LINDEX', KEYS[5], 0) == ARGV[1] then
  redis.call('LPOP', KEYS[5])
elseif redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then
  redis.call('LPOP', KEYS[1])
end
local mark = redis.call('GET', KEYS[4])
if mark and string.sub(mark, 1, #ARGV[2] + 1) == ARGV[2] .. '|' then
  redis.call('DEL', KEYS[4])
end
local held = '0'
if redis.call('GET', KEYS[3]) == ARGV[2] then
  redis.call('PEXPIRE', KEYS[3], ARGV[3])
  held = '1'
end
local head = redis.call('LINDEX', KEYS[5], 0) or redis.call('LINDEX', KEYS[1], 0) or ''
return {held, head, redis.call('LINDEX', KEYS[2], 0) or ''}
