-- ChatQueue.RECOUNT_BACKLOG.
-- KEYS: pending, backlog. ARGV: inbox key prefix. Counts the messages recorded and not processed yet (the inboxes
-- of the pending chats) and sets the backlog counter to that; returns {the counter before, the count}. Costs one
-- step per pending chat, so the poller runs it only when the counter kept it waiting for its longest wait.
local n = 0
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  n = n + redis.call('LLEN', ARGV[1] .. id)
end
local was = tonumber(redis.call('GET', KEYS[2])) or 0
redis.call('SET', KEYS[2], tostring(n))
return {was, n}
