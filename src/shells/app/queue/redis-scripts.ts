// Lua runs atomically in Redis: each script is one indivisible step of the queue.

/**
 * KEYS: delivery hash, task events list. ARGV: job JSON, delivery TTL in seconds.
 * Appends the event unless the delivery is already queued or done (a failed one may be redelivered).
 * Returns 1 when appended, 0 for a duplicate.
 */
export const enqueueEventScript = `
local state = redis.call('HGET', KEYS[1], 'state')
if state == 'queued' or state == 'done' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'queued', 'attempts', 0)
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('RPUSH', KEYS[2], ARGV[1])
return 1
`;

/**
 * KEYS: task events list, delivery hash, task failed list. ARGV: the event's JSON, final state, failure JSON or "".
 * Removes the event only if it is still the head (a worker that lost its lock cannot remove another's),
 * marks the delivery, and keeps the failure. Returns 1 when removed, 0 otherwise.
 */
export const finishEventScript = `
if redis.call('LINDEX', KEYS[1], 0) ~= ARGV[1] then return 0 end
redis.call('LPOP', KEYS[1])
redis.call('HSET', KEYS[2], 'state', ARGV[2])
if ARGV[3] ~= '' then
  redis.call('RPUSH', KEYS[3], ARGV[3])
  redis.call('LTRIM', KEYS[3], -1000, -1)
end
return 1
`;
