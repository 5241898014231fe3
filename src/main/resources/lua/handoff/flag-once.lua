-- HandoffStore.FLAG_ONCE.
-- KEYS: hash. ARGV: field. Sets a flag once; 1 the first time.
if not redis.call('HGET', KEYS[1], 'state') then return 0 end
return redis.call('HSETNX', KEYS[1], ARGV[1], '1')
