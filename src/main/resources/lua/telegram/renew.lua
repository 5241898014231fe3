-- ChatQueue.RENEW.
-- KEYS: lock. ARGV: token, ttl ms. Extends only our own lease.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
