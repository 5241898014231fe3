-- The entry's draft was thrown away: its accepted proposals go back to the review list, worded as accepted and
-- marked as returned. A proposal deleted meanwhile (every citizen used /hapus) stays deleted.
-- KEYS: 1 the entry's accepted proposals (set), 2 the entry's proposals (zset), 3 entries with proposals (zset)
-- ARGV: 1 key prefix of the entry's proposals ('sigap:phrasing:p:<entry>:'), 2 now (epoch ms), 3 entry id
-- Returns how many came back.
local back = 0
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local p = ARGV[1] .. id
  local wording = redis.call('HGET', p, 'acceptedAs')
  if wording and redis.call('HEXISTS', p, 'text') == 1 then
    redis.call('HDEL', p, 'accepted', 'acceptedAs')
    redis.call('HSET', p, 'text', wording, 'returned', ARGV[2])
    redis.call('ZADD', KEYS[2], ARGV[2], id)
    redis.call('ZADD', KEYS[3], ARGV[2], ARGV[3])
    back = back + 1
  end
end
redis.call('DEL', KEYS[1])
return back
