-- AskedQuestions.count.
-- KEYS: the day's sorted set, the asker's hash of that day. ARGV: the question, ttl ms. Counts the question once
-- more in the day's set and in what the asker asked that day (so that the asker's /hapus can take it out again),
-- and sets both expiries, in one step.
redis.call('ZINCRBY', KEYS[1], 1, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return 1
