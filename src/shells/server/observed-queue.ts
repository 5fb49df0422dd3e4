import type { Logger } from "probot";
import type { TaskJob, TaskQueue } from "../app/queue/task-queue.js";

/** What this process's queue has done since it started: cheap enough for every health probe. */
export interface QueueCounts {
  /** Jobs running now. */
  running: number;
  /** Jobs handled without error. */
  done: number;
  /** Handler runs that threw (a job the queue retries counts once per failed run). */
  errors: number;
}

export interface ObservedQueue extends TaskQueue {
  counts(): QueueCounts;
}

/**
 * The queue the app is given, logging what the app cannot: each delivery
 * accepted (queued, or known to the queue already; the webhook's answer
 * follows at once) and each job's start and end, with the delivery, task and
 * event on every line. Each job first waits for `beforeJob` (the webhooks
 * being answered).
 */
export function observeQueue(input: {
  queue: TaskQueue;
  log: Logger;
  beforeJob: () => Promise<void>;
}): ObservedQueue {
  const { queue, log } = input;
  const counts: QueueCounts = { running: 0, done: 0, errors: 0 };
  return {
    async enqueue(job) {
      await queue.enqueue(job);
      log.info(fieldsOf(job), "webhook accepted");
    },
    start(handler) {
      queue.start(async (job) => {
        await input.beforeJob();
        const jobLog = log.child(fieldsOf(job));
        const started = Date.now();
        counts.running += 1;
        jobLog.debug({ waitedMs: started - job.receivedAt }, "job started");
        try {
          await handler(job);
          counts.done += 1;
          jobLog.info({ ms: Date.now() - started }, "job done");
        } catch (error) {
          counts.errors += 1;
          jobLog.warn({ ms: Date.now() - started, err: error }, "job failed");
          throw error;
        } finally {
          counts.running -= 1;
        }
      });
    },
    close: () => queue.close(),
    counts: () => ({ ...counts }),
  };
}

function fieldsOf(job: TaskJob): {
  delivery: string;
  task: string;
  event: string;
} {
  const action = (job.payload as { action?: unknown } | null)?.action;
  return {
    delivery: job.deliveryId,
    task: job.taskKey,
    event: typeof action === "string" ? `${job.name}.${action}` : job.name,
  };
}
