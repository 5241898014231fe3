-- GapStore.ERASE.
-- KEYS: askers, notice, dealt, receipt, erased. ARGV: chat, chats kept ms, deleted outcome. Takes a chat whose
-- data was deleted out of an origin's askers. While its notice runs, the chat is counted as deleted unless it was
-- dealt with already (in the same step as the dealt set, so it is counted once whoever comes first, and no send
-- starts after it); before approval it is counted among those gone. Returns 1 when the chat was an asker.
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then
  return 0
end
if redis.call('EXISTS', KEYS[2]) == 1 then
  if redis.call('SADD', KEYS[3], ARGV[1]) == 1 then
    redis.call('HINCRBY', KEYS[4], ARGV[3], 1)
    redis.call('PEXPIRE', KEYS[3], ARGV[2])
  end
else
  redis.call('INCR', KEYS[5])
  redis.call('PEXPIRE', KEYS[5], ARGV[2])
end
return 1
