import type { ServerResponse } from "node:http";

export interface PendingAnswers {
  /** Counts a webhook request until its answer is sent (or its connection is gone). */
  track(response: ServerResponse): void;
  /** Resolves once no webhook waits for its answer, or after `maxWaitMs` so a steady stream cannot starve the work. */
  settled(): Promise<void>;
}

/**
 * Answers come before work: the server is one thread, so a job that starts
 * while a burst of deliveries is being answered delays every answer by its
 * own GitHub requests. A job waits for the burst to be answered first.
 */
export function createPendingAnswers(input: { maxWaitMs: number }): PendingAnswers {
  let pending = 0;
  let waiters: (() => void)[] = [];
  const release = (): void => {
    const ready = waiters;
    waiters = [];
    for (const wake of ready) wake();
  };
  return {
    track(response) {
      pending += 1;
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        pending -= 1;
        if (pending === 0) release();
      };
      response.once("finish", finish).once("close", finish);
    },
    settled() {
      if (pending === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, input.maxWaitMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
