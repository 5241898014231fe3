-- ChatQueue.TAKE_READY.
-- KEYS: ready, ready set. ARGV: most to take. Takes chats from the front of the ready queue.
local out = {}
for i = 1, tonumber(ARGV[1]) do
  local id = redis.call('LPOP', KEYS[1])
  if not id then break end
  redis.call('SREM', KEYS[2], id)
  out[#out + 1] = id
end
return out
