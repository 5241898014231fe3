-- Stores one monitored item and indexes it by time (and by author, for /hapus), dropping what is older
-- than the retention. KEYS[1] item key, KEYS[2] time index, KEYS[3] author index or '', KEYS[4] (optional) the
-- key of the chat message the item came from, or '';
-- ARGV[1] item JSON, ARGV[2] item id, ARGV[3] time in ms, ARGV[4] retention in ms, ARGV[5] now in ms,
-- ARGV[6] how long this item lives in ms (shorter for citizens' conversations when transcripts are kept less).
-- With KEYS[4], also remembers for the retention which item that message became (what was a second round trip).
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[6])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[5]) - tonumber(ARGV[4]))
if KEYS[3] ~= '' then
  redis.call('SADD', KEYS[3], ARGV[2])
  redis.call('PEXPIRE', KEYS[3], ARGV[4])
end
if KEYS[4] and KEYS[4] ~= '' then
  redis.call('SET', KEYS[4], ARGV[2], 'PX', ARGV[4])
end
return 1
