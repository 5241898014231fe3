-- GapStore.FINISH.
-- KEYS: notice, askers, dealt. ARGV: lease key prefix, attempt mark key prefix (each followed by the chat), the
-- notice marked done (JSON). Finishes a notice only when every asker left is dealt with and no chat of it is
-- leased or has a live attempt mark (a send may be in flight); in the same step marks it done (keeping its
-- expiry) and forgets the chats (askers and dealt set); only the receipt stays. Returns 1 when this call
-- finished it, 0 when work is left or it was finished already, -1 when there is no such notice.
local current = redis.call('GET', KEYS[1])
if not current then
  return -1
end
if current == ARGV[3] then
  return 0
end
for _, chat in ipairs(redis.call('HKEYS', KEYS[2])) do
  if redis.call('SISMEMBER', KEYS[3], chat) == 0 then
    return 0
  end
end
for _, chat in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  if redis.call('EXISTS', ARGV[1] .. chat) == 1 or redis.call('EXISTS', ARGV[2] .. chat) == 1 then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[3], 'KEEPTTL')
redis.call('DEL', KEYS[2], KEYS[3])
return 1
