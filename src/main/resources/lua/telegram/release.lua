-- ChatQueue.RELEASE.
-- KEYS: lock, inbox, outbox, pending, urgent outbox. ARGV: token, chat id, '1' to forget the chat when idle.
-- Gives the lease back and, in the same step, says whether work is left (1) or not (0): a message recorded by
-- another instance while we held the lease is then not left for the sweeper.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
if redis.call('LLEN', KEYS[2]) == 0 and redis.call('LLEN', KEYS[3]) == 0 and redis.call('LLEN', KEYS[5]) == 0 then
  if ARGV[3] == '1' then
    redis.call('SREM', KEYS[4], ARGV[2])
  end
  return 0
end
return 1
