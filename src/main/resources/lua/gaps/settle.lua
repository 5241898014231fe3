-- GapStore.SETTLE.
-- KEYS: askers, dealt, receipt, lease, attempt mark. ARGV: chat, token, outcome, '1' when the outcome is
-- Telegram's answer to our attempt (a fact, recorded whoever holds the lease now: a message that went out is
-- never sent again), '0' when decided without sending (then only while the lease is ours), how long the dealt
-- set is kept (ms). Adds the asker to the dealt set and counts the outcome in the same step, so it is counted
-- once; drops our lease and mark. Returns 1 recorded, 0 not (dealt with already, no longer an asker, or a
-- decision by a holder that lost the lease).
local function drop()
  if redis.call('GET', KEYS[4]) == ARGV[2] then
    redis.call('DEL', KEYS[4])
  end
  if redis.call('GET', KEYS[5]) == ARGV[2] then
    redis.call('DEL', KEYS[5])
  end
end
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 or redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then
  drop()
  return 0
end
if ARGV[4] ~= '1' and redis.call('GET', KEYS[4]) ~= ARGV[2] then
  return 0
end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
redis.call('HINCRBY', KEYS[3], ARGV[3], 1)
drop()
return 1
