-- ChatQueue.UNLOCK.
-- KEYS: lease. ARGV: owner. Lets go of the lease only when ours; 1 when it was deleted.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
