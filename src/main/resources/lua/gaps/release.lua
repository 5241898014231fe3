-- GapStore.RELEASE.
-- KEYS: lease, attempt mark. ARGV: token. Gives back an asker nothing was recorded for (the notifier is stopping
-- between attempts, or lost the lease): drops our lease and our mark, so that another instance, or this one
-- after a restart, takes the asker at once. Returns 1 when the lease was ours.
if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('DEL', KEYS[2])
end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
