-- AskedQuestions.count.
-- KEYS: the day's sorted set. ARGV: the question, ttl ms. Counts the question once more and sets the set's
-- expiry, in one step (was two round trips).
redis.call('ZINCRBY', KEYS[1], 1, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
