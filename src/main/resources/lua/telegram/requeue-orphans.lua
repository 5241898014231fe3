-- ChatQueue.REQUEUE_ORPHANS.
-- KEYS: pending, ready, ready set. ARGV: lock key prefix, most to queue, wake channel. Puts the pending chats
-- that no worker holds and that are not queued yet (work left by a failure or a dead instance) in the ready
-- queue, and wakes the takers; returns how many. Chats being worked now are skipped, so that sweeping costs
-- one round trip however large the backlog is.
local n = 0
local limit = tonumber(ARGV[2])
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('EXISTS', ARGV[1] .. id) == 0 and redis.call('SADD', KEYS[3], id) == 1 then
    redis.call('RPUSH', KEYS[2], id)
    n = n + 1
    if n >= limit then break end
  end
end
if n > 0 then
  redis.call('PUBLISH', ARGV[3], '1')
end
return n
