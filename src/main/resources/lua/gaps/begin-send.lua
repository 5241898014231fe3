-- GapStore.BEGIN_SEND.
-- KEYS: askers, dealt, lease, attempt mark. ARGV: chat, token, lease ms, mark ms. The fence in front of every
-- send attempt (as the Telegram outbox's begin-send): only the lease holder may send, only to a chat still an
-- asker and not dealt with, and not while another token's attempt mark is alive (that holder may be sending now,
-- or have sent and be about to record it). Marks the attempt with our token and renews the lease, in one step.
-- Returns 1 (go), 0 (lease lost), 2 (nothing to send any more: dealt with, or the data deleted), or -ms
-- (another holder's live mark; wait).
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 or redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then
  return 2
end
if redis.call('GET', KEYS[3]) ~= ARGV[2] then
  return 0
end
local mark = redis.call('GET', KEYS[4])
if mark and mark ~= ARGV[2] then
  return -math.max(1, redis.call('PTTL', KEYS[4]))
end
redis.call('SET', KEYS[4], ARGV[2], 'PX', ARGV[4])
redis.call('PEXPIRE', KEYS[3], ARGV[3])
return 1
