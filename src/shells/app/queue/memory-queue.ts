import { runWithAttempts } from "./run-with-attempts.js";
import { silentLog } from "./silent-log.js";
import type {
  FailedTaskJob,
  QueueLog,
  TaskHandler,
  TaskJob,
  TaskQueue,
} from "./task-queue.js";

export interface MemoryQueueOptions {
  /** How many tasks run at once (default 8). */
  concurrency?: number;
  /** Handler runs per job before it counts as failed (default 3). */
  attempts?: number;
  /** Delay before the first retry, doubled for each later one (default 1000 ms). */
  retryDelayMs?: number;
  log?: QueueLog;
}

export interface MemoryQueue extends TaskQueue {
  /** Jobs that failed on every attempt, oldest first (the most recent 1,000). */
  failed(): FailedTaskJob[];
}

// Bounds keep a long-running server's memory flat.
const rememberedDeliveries = 10_000;
const keptFailures = 1_000;

/** One-process queue: each task's jobs run one at a time in arrival order, different tasks in parallel. */
export function createMemoryQueue(
  options: MemoryQueueOptions = {},
): MemoryQueue {
  const concurrency = options.concurrency ?? 8;
  const maxAttempts = options.attempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const log = options.log ?? silentLog;
  // A task is in exactly one place: running, waiting its turn in `ready`, or idle (no pending jobs).
  const pending = new Map<string, TaskJob[]>();
  const ready: string[] = [];
  const running = new Map<string, Promise<void>>();
  const deliveries = new Map<string, "queued" | "done" | "failed">();
  const failures: FailedTaskJob[] = [];
  let handler: TaskHandler | undefined;
  let closed = false;

  const remember = (
    deliveryId: string,
    state: "queued" | "done" | "failed",
  ): void => {
    deliveries.delete(deliveryId);
    deliveries.set(deliveryId, state);
    if (deliveries.size > rememberedDeliveries)
      deliveries.delete(deliveries.keys().next().value as string);
  };

  const runOne = async (job: TaskJob, run: TaskHandler): Promise<void> => {
    let attempt = 0;
    const outcome = await runWithAttempts({
      job,
      handler: run,
      maxAttempts,
      retryDelayMs,
      countAttempt: async () => ++attempt,
      log,
    });
    if (outcome.ok) {
      remember(job.deliveryId, "done");
      return;
    }
    remember(job.deliveryId, "failed");
    failures.push({
      job,
      error: outcome.error,
      attempts: outcome.attempts,
      failedAt: Date.now(),
    });
    if (failures.length > keptFailures) failures.shift();
  };

  const pump = (): void => {
    while (
      handler &&
      !closed &&
      running.size < concurrency &&
      ready.length > 0
    ) {
      const taskKey = ready.shift() as string;
      const jobs = pending.get(taskKey) as TaskJob[];
      const job = jobs.shift() as TaskJob;
      if (jobs.length === 0) pending.delete(taskKey);
      const done = runOne(job, handler).finally(() => {
        running.delete(taskKey);
        if (pending.has(taskKey)) ready.push(taskKey);
        pump();
      });
      running.set(taskKey, done);
    }
  };

  return {
    async enqueue(job) {
      if (closed)
        throw new Error(
          `Cannot enqueue delivery ${job.deliveryId}: the queue is closed`,
        );
      const state = deliveries.get(job.deliveryId);
      // A failed delivery may be sent again on purpose (a manual redelivery): run it again.
      if (state === "queued" || state === "done") {
        log.info(
          { deliveryId: job.deliveryId, taskKey: job.taskKey },
          "Duplicate delivery ignored",
        );
        return;
      }
      remember(job.deliveryId, "queued");
      const jobs = pending.get(job.taskKey);
      if (jobs) jobs.push(job);
      else {
        pending.set(job.taskKey, [job]);
        if (!running.has(job.taskKey)) ready.push(job.taskKey);
      }
      pump();
    },
    start(run) {
      if (handler) throw new Error("The memory queue is already started");
      handler = run;
      pump();
    },
    async close() {
      closed = true;
      await Promise.all(running.values());
      const dropped = [...pending.values()].reduce(
        (sum, jobs) => sum + jobs.length,
        0,
      );
      if (dropped > 0)
        log.warn({ dropped }, "Memory queue closed with jobs never started");
    },
    failed: () => [...failures],
  };
}
