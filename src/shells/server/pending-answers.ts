import type { ServerResponse } from "node:http";

export interface PendingAnswers {
  /** Counts a webhook request until its answer is sent (or its connection is gone). */
  track(response: ServerResponse): void;
  /**
   * Resolves once no webhook has waited for its answer for `quietMs`, or
   * after `maxWaitMs` at most, so a steady stream cannot starve the work.
   */
  settled(): Promise<void>;
}

/**
 * Answers come before work: the server is one thread, so a job that starts
 * while a burst of deliveries is being answered delays every answer by its
 * own GitHub requests. A job waits for the burst to be answered first; the
 * quiet time matters because Node parses the burst's requests one after the
 * other, so "nothing pending" also happens between two of them.
 */
export function createPendingAnswers(input: {
  quietMs: number;
  maxWaitMs: number;
}): PendingAnswers {
  let pending = 0;
  let lastAnswer = 0;
  return {
    track(response) {
      pending += 1;
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        pending -= 1;
        lastAnswer = performance.now();
      };
      response.once("finish", finish).once("close", finish);
    },
    settled() {
      const deadline = performance.now() + input.maxWaitMs;
      return new Promise((resolve) => {
        const check = (): void => {
          const now = performance.now();
          const quietFor = now - lastAnswer;
          if ((pending === 0 && quietFor >= input.quietMs) || now >= deadline) {
            resolve();
            return;
          }
          setTimeout(
            check,
            Math.min(
              deadline - now,
              pending === 0 ? input.quietMs - quietFor : input.quietMs,
            ),
          );
        };
        check();
      });
    },
  };
}
