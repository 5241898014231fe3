-- AuditLog.POP_IF_TAIL.
-- KEYS: the log. ARGV: the tail record read. Pops it if it is still the tail.
if redis.call('LINDEX', KEYS[1], -1) == ARGV[1] then
  redis.call('RPOP', KEYS[1])
  return 1
end
return 0
