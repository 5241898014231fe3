-- RedisRecentQuestions.reread.
-- KEYS: the chat's list (newest first). ARGV: the question as remembered, the question as read in its context.
-- The newest question is replaced only when it is still the one remembered (no newer message came meanwhile);
-- the list's expiry is left as it is. Returns 1 when replaced, else 0.
if redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then
    redis.call('LSET', KEYS[1], 0, ARGV[2])
    return 1
end
return 0
