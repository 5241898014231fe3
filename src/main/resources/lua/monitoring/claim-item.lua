-- Claims an item for its normalised-text key and its link key at once, so that the same news seen
-- through two feeds (same link) or two channels (same text) is stored once.
-- KEYS[1] text key, KEYS[2] link key (may equal KEYS[1]); ARGV[1] item id, ARGV[2] retention in ms.
-- Returns '' when the item is new, else the id of the item already stored.
local byText = redis.call('GET', KEYS[1])
if byText then return byText end
local byLink = redis.call('GET', KEYS[2])
if byLink then return byLink end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
return ''
