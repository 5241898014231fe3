-- RedisRecentQuestions.recentThenRemember.
-- KEYS: the chat's list (newest first). ARGV: the question, how many to keep, ttl ms. Returns the kept questions
-- as they were (newest first), then pushes the new one at the head, keeps only the newest and sets the expiry:
-- a read and a push that were two round trips, in one step.
local keep = tonumber(ARGV[2])
local before = redis.call('LRANGE', KEYS[1], 0, keep - 1)
redis.call('LPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], 0, keep - 1)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return before
