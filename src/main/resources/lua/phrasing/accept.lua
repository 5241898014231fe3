-- Takes one accepted proposal out of the review list and keeps it, marked, until its draft is decided.
-- A proposal deleted meanwhile (its last citizen used /hapus) is not recreated.
-- KEYS: 1 the proposal (hash), 2 the entry's proposals (zset), 3 the entry's accepted proposals (set),
--       4 entries with proposals (zset)
-- ARGV: 1 proposal id, 2 now (epoch ms), 3 the wording it was accepted as, 4 entry id, 5 seconds to keep it
-- Returns 1 when it was kept as accepted, 0 when it was gone.
redis.call('ZREM', KEYS[2], ARGV[1])
if redis.call('ZCARD', KEYS[2]) == 0 then
  redis.call('ZREM', KEYS[4], ARGV[4])
end
if redis.call('HEXISTS', KEYS[1], 'text') == 0 then
  return 0
end
redis.call('HSET', KEYS[1], 'accepted', ARGV[2], 'acceptedAs', ARGV[3])
redis.call('HDEL', KEYS[1], 'returned')
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('EXPIRE', KEYS[3], tonumber(ARGV[5]))
return 1
