-- Claims an item for its normalised-text key and its link key at once, so that the same news seen through two
-- feeds (same link) or two channels (same text) is stored once, and only when neither was claimed stores it as
-- save-item.lua does (one round trip for a new post; claiming and saving were two).
-- KEYS[1] text key, KEYS[2] link key (may equal KEYS[1]), KEYS[3] item key, KEYS[4] time index, KEYS[5] author
-- index or '', KEYS[6] the key of the chat message the item came from, or '';
-- ARGV[1] item JSON, ARGV[2] item id, ARGV[3] time in ms, ARGV[4] retention in ms, ARGV[5] now in ms,
-- ARGV[6] how long this item lives in ms.
-- Returns '' when the item was new (and is now stored), else the id of the item already stored.
local byText = redis.call('GET', KEYS[1])
if byText then return byText end
local byLink = redis.call('GET', KEYS[2])
if byLink then return byLink end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[4])
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[4])
redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[6])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', tonumber(ARGV[5]) - tonumber(ARGV[4]))
if KEYS[5] ~= '' then
  redis.call('SADD', KEYS[5], ARGV[2])
  redis.call('PEXPIRE', KEYS[5], ARGV[4])
end
if KEYS[6] ~= '' then
  redis.call('SET', KEYS[6], ARGV[2], 'PX', ARGV[4])
end
return ''
