-- ChatQueue.HOLD.
-- KEYS: lease. ARGV: owner, ttl ms. Takes the lease when free, renews it when ours; 1 when held.
local holder = redis.call('GET', KEYS[1])
if not holder then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
