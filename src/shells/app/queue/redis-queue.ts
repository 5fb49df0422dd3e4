import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { drainTask } from "./drain-task.js";
import { redisKeys } from "./redis-keys.js";
import { enqueueEventScript } from "./redis-scripts.js";
import { silentLog } from "./silent-log.js";
import type { FailedTaskJob, QueueLog, TaskQueue } from "./task-queue.js";

export interface RedisQueueOptions {
  url: string;
  /** How many tasks this process runs at once (default 8). */
  concurrency?: number;
  /** Prefix of every Redis key the queue uses (default "sopflow"). */
  prefix?: string;
  /** Handler runs per event before it counts as failed, crashed runs included (default 3). */
  attempts?: number;
  /** Delay before the first retry, doubled for each later one (default 1000 ms). */
  retryDelayMs?: number;
  /** A dead worker's task is handed on after about lockDurationMs + 2 × stalledIntervalMs (defaults 30 s each). */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  log?: QueueLog;
}

export interface RedisQueue extends TaskQueue {
  /** A task's events that failed on every attempt, oldest first. */
  failed(taskKey: string): Promise<FailedTaskJob[]>;
}

const queueName = "drain";
const deliveryTtlSeconds = 7 * 24 * 3600;

/**
 * Queue shared by several server processes through Redis. Each task's events wait in a Redis list;
 * a BullMQ "drain" job per task, deduplicated by task key, handles them in order. BullMQ's job lock
 * makes one worker at a time drain a task, and its stalled-job check hands a dead worker's task on.
 */
export function createRedisQueue(options: RedisQueueOptions): RedisQueue {
  const prefix = options.prefix ?? "sopflow";
  const log = options.log ?? silentLog;
  const keys = redisKeys(prefix);
  // BullMQ workers need commands that wait out a reconnection instead of failing.
  const redis = new Redis(options.url, { maxRetriesPerRequest: null });
  const queue = new Queue(queueName, {
    connection: redis,
    prefix,
    defaultJobOptions: {
      removeOnComplete: true,
      removeOnFail: { count: 1000 },
      attempts: 5,
      backoff: { type: "exponential", delay: 1000 },
    },
  });
  let worker: Worker | undefined;
  let closing = false;

  // keepLastIfActive: an event arriving while the task's drain runs schedules one more drain after it,
  // so an event appended just after the running drain looked at an empty list is not left behind.
  const scheduleDrain = async (taskKey: string): Promise<void> => {
    await queue.add(
      queueName,
      { taskKey },
      { deduplication: { id: taskKey, keepLastIfActive: true } },
    );
  };

  return {
    async enqueue(job) {
      if (closing)
        throw new Error(
          `Cannot enqueue delivery ${job.deliveryId}: the queue is closed`,
        );
      try {
        const appended = await redis.eval(
          enqueueEventScript,
          2,
          keys.delivery(job.deliveryId),
          keys.events(job.taskKey),
          JSON.stringify(job),
          deliveryTtlSeconds,
        );
        if (appended === 0)
          log.info(
            { deliveryId: job.deliveryId, taskKey: job.taskKey },
            "Duplicate delivery ignored",
          );
        // Even for a duplicate: a redelivery then heals an earlier enqueue that died before this step.
        await scheduleDrain(job.taskKey);
      } catch (error) {
        throw new Error(
          `Could not enqueue delivery ${job.deliveryId} of task ${job.taskKey}`,
          { cause: error },
        );
      }
    },
    start(handler) {
      if (worker) throw new Error("The Redis queue is already started");
      worker = new Worker<{ taskKey: string }>(
        queueName,
        (drainJob, token) =>
          drainTask({
            redis,
            keys,
            taskKey: drainJob.data.taskKey,
            handler,
            maxAttempts: options.attempts ?? 3,
            retryDelayMs: options.retryDelayMs ?? 1000,
            log,
            isClosing: () => closing,
            ownsLock: async () =>
              (await redis.get(`${queue.toKey(drainJob.id ?? "")}:lock`)) ===
              token,
            reschedule: scheduleDrain,
          }),
        {
          connection: redis,
          prefix,
          concurrency: options.concurrency ?? 8,
          lockDuration: options.lockDurationMs ?? 30_000,
          stalledInterval: options.stalledIntervalMs ?? 30_000,
          // A drain that keeps killing its worker still ends: each event's attempts are counted in Redis.
          maxStalledCount: 5,
        },
      );
      worker.on("failed", (drainJob, error) =>
        log.error(
          { taskKey: drainJob?.data.taskKey, err: error },
          "Task drain failed",
        ),
      );
      worker.on("error", (error) =>
        log.error({ err: error }, "Redis queue worker error"),
      );
    },
    async close() {
      closing = true;
      // worker.close() waits for running drains, which stop after their current event.
      await worker?.close();
      await queue.close();
      await redis.quit();
    },
    async failed(taskKey) {
      const entries = await redis.lrange(keys.failed(taskKey), 0, -1);
      return entries.map((entry) => JSON.parse(entry) as FailedTaskJob);
    },
  };
}
