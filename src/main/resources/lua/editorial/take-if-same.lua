-- EditorialStore.TAKE_IF_SAME.
-- Takes a draft for approval only when it is still the version the approver read (compare-and-delete).
-- KEYS[1] the draft, KEYS[2] the set of drafts. ARGV[1] the draft as read, ARGV[2] the entry id.
-- Returns 1 when taken, 0 when the draft changed or is gone.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[2])
return 1
