-- Stores one monitored item and indexes it by time (and by author, for /hapus), dropping what is older
-- than the retention; given the item's text and link keys, first claims the item for both, so that the same
-- news seen through two feeds (same link) or two channels (same text) is stored once (one round trip for a new
-- post; claiming and saving were two).
-- KEYS[1] item key, KEYS[2] time index, KEYS[3] author index or '', KEYS[4] the key of the chat message the item
-- came from, or '' (then remembered for the retention: which item that message became);
-- KEYS[5] and KEYS[6] (both or neither) text key and link key (may be equal);
-- ARGV[1] item JSON, ARGV[2] item id, ARGV[3] time in ms, ARGV[4] retention in ms, ARGV[5] now in ms,
-- ARGV[6] how long this item lives in ms (shorter for citizens' conversations when transcripts are kept less).
-- Returns '' when the item is now stored, else the id of the item that already holds its text or link (nothing
-- is written then).
if KEYS[5] then
  local held = redis.call('GET', KEYS[5]) or redis.call('GET', KEYS[6])
  if held then return held end
  redis.call('SET', KEYS[5], ARGV[2], 'PX', ARGV[4])
  redis.call('SET', KEYS[6], ARGV[2], 'PX', ARGV[4])
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[6])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[5]) - tonumber(ARGV[4]))
if KEYS[3] ~= '' then
  redis.call('SADD', KEYS[3], ARGV[2])
  redis.call('PEXPIRE', KEYS[3], ARGV[4])
end
if KEYS[4] ~= '' then
  redis.call('SET', KEYS[4], ARGV[2], 'PX', ARGV[4])
end
return ''
