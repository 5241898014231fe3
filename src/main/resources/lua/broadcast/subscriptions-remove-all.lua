-- Subscriptions.REMOVE_ALL.
-- KEYS: chat's set, everyone. ARGV: area key prefix, chat id. Removes the chat everywhere; returns how many
-- areas it had.
local areas = redis.call('SMEMBERS', KEYS[1])
for _, code in ipairs(areas) do
  redis.call('SREM', ARGV[1] .. code, ARGV[2])
end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[2])
return #areas
