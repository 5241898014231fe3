-- PhrasingRecorder: what a chat asked, by the entry that answered it.
-- KEYS: the chat's hash. ARGV: entry id, redacted question, ttl ms. Stores the field and sets the hash's expiry,
-- in one step (was two round trips).
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
