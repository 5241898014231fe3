-- GapStore.RENEW.
-- KEYS: lease, attempt mark. ARGV: token, lease ms, mark ms. Keeps our lease and our attempt mark alive while we
-- work on an asker. The mark is kept even when the lease was lost: it fences a send that may still be in flight.
-- Returns 1 while the lease is ours, 0 when it is not.
if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
