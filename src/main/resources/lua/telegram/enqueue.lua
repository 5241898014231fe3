-- ChatQueue.ENQUEUE.
-- KEYS: outbox, pending, urgent outbox. ARGV: chat id, then per call '1' when urgent (else '0') and its json.
-- Queues calls outside of any incoming message.
for i = 2, #ARGV, 2 do
  redis.call('RPUSH', ARGV[i] == '1' and KEYS[3] or KEYS[1], ARGV[i + 1])
end
redis.call('SADD', KEYS[2], ARGV[1])
return 1
