-- Subscriptions.ADD.
-- KEYS: chat's set, area's set, everyone. ARGV: area code, chat id. 1 when added, 0 when already there.
redis.call('SADD', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[2])
return redis.call('SADD', KEYS[1], ARGV[1])
