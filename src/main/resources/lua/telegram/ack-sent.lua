-- ChatQueue.ACK_SENT.
-- KEYS: outbox, inbox, lock, send mark, urgent outbox, pending. ARGV: the head we delivered, token, ttl ms, chat
-- id, '1' to give the lease back when nothing is left. Pops the head if it is still there (Telegram took it,
-- whoever holds the lease now), drops our send mark, renews our lease, returns {lease held, outbox head, inbox
-- head, released}. With ARGV[5] = '1', when we hold the lease and all three queues are empty, it does what
-- release.lua does for an idle chat in the same step (deletes our lease, forgets the chat) and returns
-- {'0', '', '', '1'}: the worker then has nothing left to release.
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
  held = '1'
end
local head = redis.call('LINDEX', KEYS[5], 0) or redis.call('LINDEX', KEYS[1], 0) or ''
local next = redis.call('LINDEX', KEYS[2], 0) or ''
if held == '1' and ARGV[5] == '1' and head == '' and next == '' then
  redis.call('DEL', KEYS[3])
  redis.call('SREM', KEYS[6], ARGV[4])
  return {'0', '', '', '1'}
end
if held == '1' then
  redis.call('PEXPIRE', KEYS[3], ARGV[3])
end
return {held, head, next, '0'}
