-- ChatQueue.ACCEPT.
-- KEYS: dedup, inbox, pending, lock, ready, ready set, backlog. ARGV: ttl seconds, message json, chat id, wake
-- channel. 1 when new. A new message of a chat no worker holds puts the chat in the ready queue (once) and wakes
-- every instance's taker; a held chat's worker finds the message itself before it lets go. A new message also
-- counts one more in the backlog (messages recorded and not processed yet, all instances).
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('RPUSH', KEYS[2], ARGV[2])
  redis.call('SADD', KEYS[3], ARGV[3])
  redis.call('INCR', KEYS[7])
  if redis.call('EXISTS', KEYS[4]) == 0 and redis.call('SADD', KEYS[6], ARGV[3]) == 1 then
    redis.call('RPUSH', KEYS[5], ARGV[3])
    redis.call('PUBLISH', ARGV[4], '1')
  end
  return 1
end
return 0
