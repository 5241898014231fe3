-- TranscriptStore.append.
-- KEYS: the day's stream, then optionally the pseudonym's "who" key. ARGV: chat pseudonym (or ''), record json,
-- the stream's expiry (unix ms), then with the second key: channel:chatId and its expiry (unix ms). Adds the
-- record and sets the stream's expiry, and remembers which chat the pseudonym stands for, in one step (was two
-- to four round trips).
redis.call('XADD', KEYS[1], '*', 'chat', ARGV[1], 'json', ARGV[2])
redis.call('PEXPIREAT', KEYS[1], ARGV[3])
if #KEYS > 1 then
  redis.call('SET', KEYS[2], ARGV[4])
  redis.call('PEXPIREAT', KEYS[2], ARGV[5])
end
return 1
