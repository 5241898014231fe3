-- BroadcastStore.CLAIM.
-- KEYS: todo, inflight, done, counts, then the area sets of the broadcast. ARGV: owner, now ms. Takes the next
-- recipient still subscribed and marks it in flight; nil when none is left.
while true do
  local chat = redis.call('SPOP', KEYS[1])
  if not chat then return nil end
  if redis.call('SISMEMBER', KEYS[3], chat) == 0 then
    local still = false
    for i = 5, #KEYS do
      if redis.call('SISMEMBER', KEYS[i], chat) == 1 then still = true break end
    end
    if still then
      redis.call('HSET', KEYS[2], chat, ARGV[1] .. '|' .. ARGV[2])
      return chat
    end
    redis.call('SADD', KEYS[3], chat)
    redis.call('HINCRBY', KEYS[4], 'unsubscribed', 1)
  end
end
