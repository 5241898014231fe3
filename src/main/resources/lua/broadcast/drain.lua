-- BroadcastStore.DRAIN.
-- KEYS: todo, done, counts. ARGV: outcome field. Settles every recipient not yet claimed with that outcome
-- (the update expired, or was stopped); returns how many.
local n = 0
while true do
  local batch = redis.call('SPOP', KEYS[1], 500)
  if #batch == 0 then break end
  redis.call('SADD', KEYS[2], unpack(batch))
  n = n + #batch
end
if n > 0 then redis.call('HINCRBY', KEYS[3], ARGV[1], n) end
return n
