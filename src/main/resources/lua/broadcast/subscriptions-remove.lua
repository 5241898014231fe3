-- Subscriptions.REMOVE.
-- KEYS: chat's set, area's set, everyone. ARGV: area code, chat id. 1 when removed.
redis.call('SREM', KEYS[2], ARGV[2])
local removed = redis.call('SREM', KEYS[1], ARGV[1])
if redis.call('SCARD', KEYS[1]) == 0 then redis.call('SREM', KEYS[3], ARGV[2]) end
return removed
