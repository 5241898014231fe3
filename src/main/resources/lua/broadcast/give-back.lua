-- BroadcastStore.GIVE_BACK.
-- KEYS: inflight, todo. ARGV: chat, owner. Gives back a recipient not yet sent to (429, shutting down).
local held = redis.call('HGET', KEYS[1], ARGV[1])
if not held or string.sub(held, 1, #ARGV[2] + 1) ~= ARGV[2] .. '|' then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[1])
return 1
