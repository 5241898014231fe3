-- ChatQueue.COMMIT.
-- KEYS: inbox, pending, lock, own outbox, own urgent outbox, own send mark, backlog, then one outbox per outgoing
-- item.
-- ARGV: the head we processed, token, ttl ms, send-mark ttl ms ('0': mark nothing), then per item its chat id and
-- json. Moves the head's replies into their chats' outboxes and pops it, atomically; renews our lease; returns
-- {committed, lease held, outbox head, inbox head, marked}. With a mark ttl, while we hold the lease it also does
-- what begin-send.lua does for the outbox head that is now first (marks it as being sent by our token, unless
-- another token's live mark is on that same head), so that a worker that sends at once needs no separate step;
-- marked is '1' then. Popping the head counts one less in the backlog (never below 0).
local committed = '0'
if redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then
  for i = 8, #KEYS do
    redis.call('RPUSH', KEYS[i], ARGV[2 * (i - 8) + 6])
    redis.call('SADD', KEYS[2], ARGV[2 * (i - 8) + 5])
  end
  redis.call('LPOP', KEYS[1])
  if (tonumber(redis.call('GET', KEYS[7])) or 0) > 0 then
    redis.call('DECR', KEYS[7])
  end
  committed = '1'
end
local held = '0'
if redis.call('GET', KEYS[3]) == ARGV[2] then
  redis.call('PEXPIRE', KEYS[3], ARGV[3])
  held = '1'
end
local head = redis.call('LINDEX', KEYS[5], 0) or redis.call('LINDEX', KEYS[4], 0) or ''
local marked = '0'
if held == '1' and head ~= '' and ARGV[4] ~= '0' then
  local id = redis.sha1hex(head)
  local mark = redis.call('GET', KEYS[6])
  local other = false
  if mark then
    local sep = string.find(mark, '|', 1, true)
    other = string.sub(mark, sep + 1) == id and string.sub(mark, 1, sep - 1) ~= ARGV[2]
  end
  if not other then
    redis.call('SET', KEYS[6], ARGV[2] .. '|' .. id, 'PX', ARGV[4])
    marked = '1'
  end
end
return {committed, held, head, redis.call('LINDEX', KEYS[1], 0) or '', marked}
