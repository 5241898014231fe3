-- HandoffStore.CLOSE.
-- KEYS: hash, waiting, claimed, closed, active. ARGV: id, new state, staff id or '', now. Closes an open
-- handoff; a claimed one only by its holder. Returns '' on success or why not.
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'missing' end
if state ~= 'WAITING' and state ~= 'CLAIMED' then return state end
local holder = redis.call('HGET', KEYS[1], 'staffUserId')
if state == 'CLAIMED' and ARGV[3] ~= '' and holder ~= ARGV[3] then
  return 'held:' .. (redis.call('HGET', KEYS[1], 'staffName') or '')
end
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'closedAt', ARGV[4])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('SREM', KEYS[3], ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[4], ARGV[1])
if redis.call('GET', KEYS[5]) == ARGV[1] then redis.call('DEL', KEYS[5]) end
return ''
