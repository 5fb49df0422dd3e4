import { setTimeout as sleep } from "node:timers/promises";
import type { QueueLog, TaskHandler, TaskJob } from "./task-queue.js";
import { messageOf } from "../../../core/message-of.js";

export type AttemptOutcome =
  { ok: true } | { ok: false; error: string; attempts: number };

export interface RunWithAttemptsParams {
  job: TaskJob;
  handler: TaskHandler;
  maxAttempts: number;
  /** First retry waits this long; each later one twice as long as the one before. */
  retryDelayMs: number;
  /** Counts and returns the attempt about to start (1 for the first): kept outside when attempts must survive a crash. */
  countAttempt: () => Promise<number>;
  log: QueueLog;
}

/** Runs the handler until it succeeds or the attempts are used up; never throws the handler's error. */
export async function runWithAttempts(
  params: RunWithAttemptsParams,
): Promise<AttemptOutcome> {
  const { job, handler, maxAttempts, log } = params;
  const fields = {
    deliveryId: job.deliveryId,
    taskKey: job.taskKey,
    event: job.name,
  };
  for (;;) {
    const attempt = await params.countAttempt();
    if (attempt > maxAttempts) {
      // Only reachable when earlier attempts started but never ended: the process died in them.
      return {
        ok: false,
        error:
          "Unexpected end of every attempt without a result, expected the handler to return or throw",
        attempts: maxAttempts,
      };
    }
    try {
      await handler(job);
      return { ok: true };
    } catch (error) {
      const message = messageOf(error);
      if (attempt >= maxAttempts) {
        log.error(
          { ...fields, attempt, err: error },
          "Task job failed on its last attempt",
        );
        return { ok: false, error: message, attempts: attempt };
      }
      log.warn({ ...fields, attempt, err: error }, "Task job failed, retrying");
      await sleep(params.retryDelayMs * 2 ** (attempt - 1));
    }
  }
}
