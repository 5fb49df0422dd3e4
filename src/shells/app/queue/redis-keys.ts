export interface RedisKeys {
  /** List of a task's pending events (JSON TaskJob), oldest first; the head is removed only once handled. */
  events(taskKey: string): string;
  /** List of a task's events that failed on every attempt (JSON FailedTaskJob), the most recent 1,000. */
  failed(taskKey: string): string;
  /** Hash of one delivery: `state` (queued | done | failed) and `attempts` started. */
  delivery(deliveryId: string): string;
}

export function redisKeys(prefix: string): RedisKeys {
  return {
    events: (taskKey) => `${prefix}:task:${taskKey}:events`,
    failed: (taskKey) => `${prefix}:task:${taskKey}:failed`,
    delivery: (deliveryId) => `${prefix}:delivery:${deliveryId}`,
  };
}
