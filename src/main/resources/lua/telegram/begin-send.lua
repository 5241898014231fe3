-- ChatQueue.BEGIN_SEND.
-- KEYS: lock, outbox, send mark, urgent outbox. ARGV: token, head, lease ttl ms, mark ttl ms. The fence in
-- front of every Bot API call: only the current lease holder may send, only the outbox head, and not while
-- another holder's mark on that same head is alive (it may be sending it now, or have sent it and be about to
-- acknowledge). Marks the head as being sent by this token and renews the lease, in one step. Returns 1 (go),
-- 0 (lease lost), 2 (head no longer there), or -ms (another token's live mark; wait).
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
if redis.call('LINDEX', KEYS[4], 0) ~= ARGV[2] and redis.call('LINDEX', KEYS[2], 0) ~= ARGV[2] then
  return 2
end
local id = redis.sha1hex(ARGV[2])
local mark = redis.call('GET', KEYS[3])
if mark then
  local sep = string.find(mark, '|', 1, true)
  local token = string.sub(mark, 1, sep - 1)
  if string.sub(mark, sep + 1) == id and token ~= ARGV[1] then
    return -math.max(1, redis.call('PTTL', KEYS[3]))
  end
end
redis.call('SET', KEYS[3], ARGV[1] .. '|' .. id, 'PX', ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
