-- ChatQueue.END_SEND.
-- KEYS: send mark. ARGV: token. Withdraws our mark after Telegram certainly did not take the call.
local mark = redis.call('GET', KEYS[1])
if mark and string.sub(mark, 1, #ARGV[1] + 1) == ARGV[1] .. '|' then
  return redis.call('DEL', KEYS[1])
end
return 0
