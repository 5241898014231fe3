-- HandoffStore.OPEN.
-- KEYS: active, hash, waiting. ARGV: id, score, then field/value pairs. Returns the open id.
-- The prefix sigap:handoff: in the text is HandoffStore.PREFIX.
local existing = redis.call('GET', KEYS[1])
if existing and redis.call('EXISTS', 'sigap:handoff:h:' .. existing) == 1 then
  return existing
end
local fields = {}
for i = 3, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[2], unpack(fields))
redis.call('SET', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
return ARGV[1]
