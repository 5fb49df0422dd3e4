import type { TaskQueue } from "../../../src/shells/app/queue/task-queue.js";

/** A queue that counts the jobs its handler finished (returned or threw), so a test knows when the work is done. */
export function countingQueue(
  inner: TaskQueue,
): TaskQueue & { finished: () => number } {
  let finished = 0;
  return {
    enqueue: (job) => inner.enqueue(job),
    start: (handler) =>
      inner.start(async (job) => {
        try {
          await handler(job);
        } finally {
          finished += 1;
        }
      }),
    close: () => inner.close(),
    finished: () => finished,
  };
}
