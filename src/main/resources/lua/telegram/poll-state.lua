-- ChatQueue.POLL_STATE.
-- KEYS: offset, backlog, pending. Returns {offset ('' when none), backlog}: what the poller reads before each
-- getUpdates. With no chat pending nothing can be waiting, so a backlog counter that drifted above 0 (a lost
-- step, a deleted inbox) is set back to 0 here.
local backlog = tonumber(redis.call('GET', KEYS[2])) or 0
if backlog ~= 0 and redis.call('SCARD', KEYS[3]) == 0 then
  redis.call('SET', KEYS[2], '0')
  backlog = 0
end
return {redis.call('GET', KEYS[1]) or '', backlog}
