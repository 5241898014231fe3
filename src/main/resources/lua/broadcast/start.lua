-- BroadcastStore.START.
-- KEYS: broadcast, todo, active, counts, then the area sets to send to. ARGV: id, sender, now ms. Snapshots
-- the recipients and starts sending; the number targeted, or -1 when not a draft.
if redis.call('HGET', KEYS[1], 'state') ~= 'DRAFT' then return -1 end
local areas = {}
for i = 5, #KEYS do areas[#areas + 1] = KEYS[i] end
local n = redis.call('SUNIONSTORE', KEYS[2], unpack(areas))
redis.call('HSET', KEYS[4], 'targeted', n)
redis.call('HSET', KEYS[1], 'state', 'SENDING', 'sentBy', ARGV[2], 'sentAt', ARGV[3])
redis.call('SADD', KEYS[3], ARGV[1])
return n
