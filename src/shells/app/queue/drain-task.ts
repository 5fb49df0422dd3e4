import type { Redis } from "ioredis";
import type { RedisKeys } from "./redis-keys.js";
import { finishEventScript } from "./redis-scripts.js";
import { runWithAttempts } from "./run-with-attempts.js";
import type {
  FailedTaskJob,
  QueueLog,
  TaskHandler,
  TaskJob,
} from "./task-queue.js";

export interface DrainTaskParams {
  redis: Redis;
  keys: RedisKeys;
  taskKey: string;
  handler: TaskHandler;
  maxAttempts: number;
  retryDelayMs: number;
  log: QueueLog;
  /** True once the queue is closing: stop after the running event. */
  isClosing: () => boolean;
  /** True while this worker still holds the drain job's lock. */
  ownsLock: () => Promise<boolean>;
  /** Asks for another drain of the task (by whichever worker is free). */
  reschedule: (taskKey: string) => Promise<void>;
}

/**
 * Handles a task's pending events in order, each removed only after its outcome is recorded,
 * so a worker that dies mid-event leaves it at the head for the next drain (at least once).
 */
export async function drainTask(params: DrainTaskParams): Promise<void> {
  const { redis, keys, taskKey } = params;
  while (!params.isClosing()) {
    const raw = await redis.lindex(keys.events(taskKey), 0);
    if (raw === null) return;
    if (!(await params.ownsLock())) {
      throw new Error(
        `Lost the lock on task ${taskKey}: another worker resumes it`,
      );
    }
    await handleEvent(params, raw);
  }
  if ((await redis.llen(keys.events(taskKey))) > 0)
    await params.reschedule(taskKey);
}

async function handleEvent(
  params: DrainTaskParams,
  raw: string,
): Promise<void> {
  const { redis, keys, taskKey } = params;
  // Written by this queue's own enqueue, so trusted to be a TaskJob.
  const job = JSON.parse(raw) as TaskJob;
  const deliveryKey = keys.delivery(job.deliveryId);
  const outcome = await runWithAttempts({
    job,
    handler: params.handler,
    maxAttempts: params.maxAttempts,
    retryDelayMs: params.retryDelayMs,
    countAttempt: () => redis.hincrby(deliveryKey, "attempts", 1),
    log: params.log,
  });
  // A failure is recorded and the task moves on: a reconciling handler catches up on the next event.
  const failure: FailedTaskJob | undefined = outcome.ok
    ? undefined
    : {
        job,
        error: outcome.error,
        attempts: outcome.attempts,
        failedAt: Date.now(),
      };
  await redis.eval(
    finishEventScript,
    3,
    keys.events(taskKey),
    deliveryKey,
    keys.failed(taskKey),
    raw,
    failure ? "failed" : "done",
    failure ? JSON.stringify(failure) : "",
  );
}
