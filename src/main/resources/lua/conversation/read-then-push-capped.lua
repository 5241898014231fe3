-- CappedList.readThenPush.
-- KEYS: the list. ARGV: value, how many items to keep, ttl ms. Returns the whole list as it was (oldest first),
-- then pushes the value at the tail, keeps only the newest items and sets the expiry: a read and a push that
-- were two round trips (a range, then push-capped.lua), in one step.
local before = redis.call('LRANGE', KEYS[1], 0, -1)
redis.call('RPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return before
