-- BroadcastStore.CANCEL_DRAFT.
-- KEYS: broadcast. ARGV: who, now ms. Cancels a draft; 1 when it was one.
if redis.call('HGET', KEYS[1], 'state') ~= 'DRAFT' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'CANCELLED', 'stoppedBy', ARGV[1], 'finishedAt', ARGV[2])
return 1
