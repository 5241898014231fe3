-- BroadcastStore.REAP.
-- KEYS: inflight, done, counts. ARGV: oldest claim time still alive (ms). Recipients held longer than that by
-- an owner that stopped renewing are counted as interrupted; returns how many.
local all = redis.call('HGETALL', KEYS[1])
local n = 0
for i = 1, #all, 2 do
  local at = tonumber(string.match(all[i + 1], '|(%d+)$'))
  if at and at < tonumber(ARGV[1]) then
    redis.call('HDEL', KEYS[1], all[i])
    redis.call('SADD', KEYS[2], all[i])
    redis.call('HINCRBY', KEYS[3], 'interrupted', 1)
    n = n + 1
  end
end
return n
