-- WindowCounters.COUNT.
-- INCR, and on the first count of a window its expiry; returns the count and the milliseconds left.
-- KEYS[1] the window counter. ARGV[1] the window length in ms.
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}
