-- HandoffStore.CLAIM.
-- KEYS: hash, waiting, claimed. ARGV: id, staff id, staff name, now. Returns '' on success or the holder.
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'missing' end
if state == 'CLAIMED' and redis.call('HGET', KEYS[1], 'staffUserId') == ARGV[2] then return '' end
if state ~= 'WAITING' then
  return state .. ':' .. (redis.call('HGET', KEYS[1], 'staffName') or '')
end
redis.call('HSET', KEYS[1], 'state', 'CLAIMED', 'staffUserId', ARGV[2], 'staffName', ARGV[3], 'claimedAt', ARGV[4])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('SADD', KEYS[3], ARGV[1])
return ''
