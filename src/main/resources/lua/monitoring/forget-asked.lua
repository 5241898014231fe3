-- AskedQuestions.forget.
-- KEYS: the day's sorted set, the asker's hash of that day. Takes what the asker asked that day out of the day's
-- counts (a question nobody else asked goes), then the asker's hash, in one step; running it again does nothing.
-- Returns how many questions were taken out.
local asked = redis.call('HGETALL', KEYS[2])
for i = 1, #asked, 2 do
  local left = tonumber(redis.call('ZINCRBY', KEYS[1], -tonumber(asked[i + 1]), asked[i]))
  if left <= 0 then
    redis.call('ZREM', KEYS[1], asked[i])
  end
end
redis.call('DEL', KEYS[2])
return #asked / 2
