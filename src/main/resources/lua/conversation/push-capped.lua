-- CappedList.push.
-- KEYS: the list. ARGV: value, 'L' to push at the head (newest first) or 'R' at the tail (oldest first), how many
-- items to keep, ttl ms. Pushes, keeps only the newest items and sets the expiry, in one step (was three round
-- trips: push, trim, expire).
local keep = tonumber(ARGV[3])
if ARGV[2] == 'L' then
  redis.call('LPUSH', KEYS[1], ARGV[1])
  redis.call('LTRIM', KEYS[1], 0, keep - 1)
else
  redis.call('RPUSH', KEYS[1], ARGV[1])
  redis.call('LTRIM', KEYS[1], -keep, -1)
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
