-- BroadcastStore.RENEW.
-- KEYS: inflight. ARGV: chat, owner, now ms. Renews the claim of a recipient still being tried.
local held = redis.call('HGET', KEYS[1], ARGV[1])
if not held or string.sub(held, 1, #ARGV[2] + 1) ~= ARGV[2] .. '|' then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. ARGV[3])
return 1
