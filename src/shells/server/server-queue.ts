import type { Logger } from "probot";
import { createMemoryQueue } from "../app/queue/memory-queue.js";
import { createRedisQueue } from "../app/queue/redis-queue.js";
import {
  observeQueue,
  type ObservedQueue,
  type QueueCounts,
} from "./observed-queue.js";
import { queueLogOf } from "./queue-log.js";
import { createRedisProbe } from "./redis-probe.js";

export interface QueueHealth extends QueueCounts {
  ok: boolean;
  kind: "memory" | "redis";
  /** Why the queue is not usable. */
  problem?: string;
}

export interface ServerQueue {
  /** Give this one to the app. */
  queue: ObservedQueue;
  health(): Promise<QueueHealth>;
  /** Graceful: stops taking jobs and waits for the running ones. */
  close(): Promise<void>;
}

/** The in-memory queue (one process), or with a Redis URL the shared queue every replica works from. */
export function createServerQueue(input: {
  redisUrl: string | undefined;
  log: Logger;
  beforeJob: () => Promise<void>;
}): ServerQueue {
  const log = input.log.child({ name: "queue" });
  if (!input.redisUrl) {
    const queue = observeQueue({
      queue: createMemoryQueue({ log: queueLogOf(log) }),
      log,
      beforeJob: input.beforeJob,
    });
    return {
      queue,
      health: async () => ({ ok: true, kind: "memory", ...queue.counts() }),
      close: () => queue.close(),
    };
  }
  const queue = observeQueue({
    queue: createRedisQueue({ url: input.redisUrl, log: queueLogOf(log) }),
    log,
    beforeJob: input.beforeJob,
  });
  const probe = createRedisProbe(input.redisUrl);
  return {
    queue,
    async health() {
      const check = await probe.check();
      return {
        ok: check.ok,
        kind: "redis",
        ...queue.counts(),
        ...(check.ok ? {} : { problem: `Redis: ${check.problem}` }),
      };
    },
    async close() {
      try {
        await queue.close();
      } finally {
        await probe.close();
      }
    },
  };
}
