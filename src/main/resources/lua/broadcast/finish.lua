-- BroadcastStore.FINISH.
-- KEYS: broadcast, todo, inflight, active. ARGV: id, now ms, final state. Finishes a broadcast with nothing
-- left to send; 1 when this call finished it.
if redis.call('HGET', KEYS[1], 'state') ~= 'SENDING' then return 0 end
if redis.call('SCARD', KEYS[2]) > 0 or redis.call('HLEN', KEYS[3]) > 0 then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[3], 'finishedAt', ARGV[2])
redis.call('SREM', KEYS[4], ARGV[1])
return 1
