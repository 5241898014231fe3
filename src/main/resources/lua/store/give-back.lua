-- WindowCounters.GIVE_BACK.
-- Gives one count back to a window that is still live (a counter never outlives its expiry).
-- KEYS[1] the window counter. Returns the new count, or 0 when the window is gone.
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end
return 0
