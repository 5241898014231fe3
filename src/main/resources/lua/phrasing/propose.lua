-- Proposes a phrasing of an entry, or counts one more citizen for it, in one step.
-- KEYS: 1 entries with proposals (zset), 2 the entry's proposals (zset), 3 the proposal (hash),
--       4 the proposal's chats (set), 5 the chat's proposals (set), 6 the entry's rejected phrasings (set)
-- ARGV: 1 entry id, 2 proposal id, 3 redacted text, 4 now (epoch ms), 5 source, 6 chat key,
--       7 the chat set's member for it, 8 seconds to keep it
-- Returns 0 when the phrasing was rejected before, 1 for a new citizen, 2 when this chat was counted already.
if redis.call('SISMEMBER', KEYS[6], ARGV[2]) == 1 then
  return 0
end
local added = redis.call('SADD', KEYS[4], ARGV[6])
if redis.call('HEXISTS', KEYS[3], 'first') == 0 then
  redis.call('HSET', KEYS[3], 'text', ARGV[3], 'first', ARGV[4], 'entry', ARGV[1])
end
redis.call('HSET', KEYS[3], 'last', ARGV[4], 'src:' .. ARGV[5], '1')
redis.call('HSET', KEYS[3], 'citizens', redis.call('SCARD', KEYS[4]))
-- A proposal accepted into a pending draft counts the citizen but stays out of the review list until the
-- draft is approved (then it is dropped) or thrown away (then it comes back).
if redis.call('HEXISTS', KEYS[3], 'accepted') == 0 then
  redis.call('ZADD', KEYS[2], ARGV[4], ARGV[2])
  redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
end
redis.call('SADD', KEYS[5], ARGV[7])
local ttl = tonumber(ARGV[8])
redis.call('EXPIRE', KEYS[3], ttl)
redis.call('EXPIRE', KEYS[4], ttl)
redis.call('EXPIRE', KEYS[5], ttl)
if added == 1 then
  return 1
end
return 2
