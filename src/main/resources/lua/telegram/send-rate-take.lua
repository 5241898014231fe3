-- SendRateLimiter.TAKE.
-- KEYS[1]: the "replies are waiting" flag; KEYS[2]: the broadcast pause (after a 429); KEYS[3]: the "an
-- emergency is waiting" flag; KEYS[4..]: bucket keys, the overall one first. ARGV[1]: the take's rank, 'u' for
-- an emergency, '0' for a reply, '1' for a broadcast; then per bucket its rate (tokens per ms) and capacity;
-- last, how long past its wait a flag stays up (ms). Takes one token from every bucket, or none; returns 0, or
-- the ms to wait. Emergencies first, then replies, then broadcasts: a take that has to wait for the overall
-- budget raises its rank's flag for as long as it waits, and every lower rank is refused while a higher flag
-- is up (a broadcast also while the pause is), so the next token goes to the higher rank.
if redis.replicate_commands then redis.replicate_commands() end
local low = ARGV[1] == '1'
local urgent = ARGV[1] == 'u'
if not urgent then
  local held = redis.call('PTTL', KEYS[3])
  if low then
    held = math.max(held, redis.call('PTTL', KEYS[1]), redis.call('PTTL', KEYS[2]))
  end
  if held > 0 then return held end
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wait = 0
local level = {}
for i = 4, #KEYS do
  local rate = tonumber(ARGV[2 * i - 6])
  local cap = tonumber(ARGV[2 * i - 5])
  local v = redis.call('HMGET', KEYS[i], 't', 'ts')
  local tokens = tonumber(v[1]) or cap
  local ts = tonumber(v[2]) or now
  tokens = math.min(cap, tokens + math.max(0, now - ts) * rate)
  level[i] = tokens
  if tokens < 1 then
    wait = math.max(wait, math.ceil((1 - tokens) / rate))
  end
end
if wait > 0 then
  if not low and level[4] < 1 then
    -- Short of the overall budget (not just the chat's own): keep the next tokens for this rank.
    local overall = math.ceil((1 - level[4]) / tonumber(ARGV[2]))
    redis.call('SET', urgent and KEYS[3] or KEYS[1], '1', 'PX', math.min(overall, 5000) + tonumber(ARGV[#ARGV]))
  end
  return wait
end
for i = 4, #KEYS do
  redis.call('HSET', KEYS[i], 't', tostring(level[i] - 1), 'ts', tostring(now))
  redis.call('PEXPIRE', KEYS[i], 600000)
end
return 0
