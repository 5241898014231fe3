-- GapStore.CLAIM.
-- KEYS: askers, dealt, lease. ARGV: chat, token, lease ms. Takes the lease on an asker of a notice when it is
-- still an asker, not dealt with yet, and nobody holds it (never claimed, given back, or its holder stopped
-- renewing and the lease expired). Returns 1 taken, 0 held by another, 2 dealt with already, -1 no longer an
-- asker (the chat's data was deleted, or the notice finished).
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
  return -1
end
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then
  return 2
end
if redis.call('SET', KEYS[3], ARGV[2], 'NX', 'PX', ARGV[3]) then
  return 1
end
return 0
