-- Removes one chat from every phrasing it proposed (/hapus): a proposal no other citizen made is deleted.
-- KEYS: 1 the chat's proposals (set), 2 entries with proposals (zset)
-- ARGV: 1 chat key, 2 key prefix
-- Returns the number of proposals deleted.
local deleted = 0
for _, member in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local sep = string.find(member, ' ', 1, true)
  if sep then
    local entry = string.sub(member, 1, sep - 1)
    local pid = string.sub(member, sep + 1)
    local proposal = ARGV[2] .. 'p:' .. entry .. ':' .. pid
    local index = ARGV[2] .. 'e:' .. entry
    redis.call('SREM', proposal .. ':chats', ARGV[1])
    local left = redis.call('SCARD', proposal .. ':chats')
    if left == 0 then
      if redis.call('DEL', proposal) == 1 then
        deleted = deleted + 1
      end
      redis.call('ZREM', index, pid)
      if redis.call('ZCARD', index) == 0 then
        redis.call('ZREM', KEYS[2], entry)
      end
    else
      redis.call('HSET', proposal, 'citizens', left)
    end
  end
end
redis.call('DEL', KEYS[1])
return deleted
