-- ChatQueue.ACCEPT_ALL.
-- The same as ACCEPT script for a whole batch in one round trip. KEYS: pending, ready, ready set, backlog, then
-- per message its dedup, inbox and lock keys. ARGV: ttl seconds, wake channel, then per message its json and chat
-- id. Returns one 1 (new) or 0 (seen before) per message, in order; the backlog grows by the new ones.
local out = {}
local woke = false
local added = 0
for m = 0, (#KEYS - 4) / 3 - 1 do
  local dedup, inbox, lock = KEYS[5 + 3 * m], KEYS[6 + 3 * m], KEYS[7 + 3 * m]
  local json, chat = ARGV[3 + 2 * m], ARGV[4 + 2 * m]
  if redis.call('SET', dedup, '1', 'NX', 'EX', ARGV[1]) then
    redis.call('RPUSH', inbox, json)
    redis.call('SADD', KEYS[1], chat)
    if redis.call('EXISTS', lock) == 0 and redis.call('SADD', KEYS[3], chat) == 1 then
      redis.call('RPUSH', KEYS[2], chat)
      woke = true
    end
    added = added + 1
    out[#out + 1] = 1
  else
    out[#out + 1] = 0
  end
end
if added > 0 then
  redis.call('INCRBY', KEYS[4], added)
end
if woke then
  redis.call('PUBLISH', ARGV[2], '1')
end
return out
