-- ChatQueue.SAVE_OFFSET.
-- KEYS: offset, poll lease. ARGV: offset, owner. Saves the offset, only while holding the lease; lower than
-- before too (Telegram may restart its numbering).
if redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[1])
return 1
