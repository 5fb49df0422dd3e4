import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createMemoryQueue } from "../../src/shells/app/queue/memory-queue.js";
import type { TaskJob } from "../../src/shells/app/queue/task-queue.js";
import { shuffledDeliveries } from "./helpers/shuffled-deliveries.js";
import { waitUntil } from "./helpers/wait-until.js";

const job = (deliveryId: string, taskKey: string): TaskJob => ({
  deliveryId,
  taskKey,
  name: "issue_comment",
  payload: {},
  receivedAt: Date.now(),
});

describe("createMemoryQueue", () => {
  it("runs each task's jobs once, in order, one at a time, while tasks overlap", async () => {
    const deliveries = shuffledDeliveries({ tasks: 20, perTask: 10, seed: 7 });
    const queue = createMemoryQueue({ concurrency: 6 });
    const runningPerTask = new Map<string, number>();
    const seenSeq = new Map<string, number[]>();
    const processed: string[] = [];
    let running = 0;
    let maxRunning = 0;
    let overlapInTask = false;
    queue.start(async ({ taskKey, deliveryId, payload }) => {
      const inTask = (runningPerTask.get(taskKey) ?? 0) + 1;
      runningPerTask.set(taskKey, inTask);
      if (inTask > 1) overlapInTask = true;
      maxRunning = Math.max(maxRunning, ++running);
      await sleep(Math.floor(Math.random() * 4));
      seenSeq.set(taskKey, [
        ...(seenSeq.get(taskKey) ?? []),
        (payload as { seq: number }).seq,
      ]);
      processed.push(deliveryId);
      running--;
      runningPerTask.set(taskKey, inTask - 1);
    });
    for (const delivery of deliveries) await queue.enqueue(delivery);
    await waitUntil({
      what: "all 200 jobs processed",
      timeoutMs: 5_000,
      condition: () => processed.length === deliveries.length,
    });
    await queue.close();

    expect(new Set(processed).size).toBe(200);
    expect(processed).toHaveLength(200);
    expect(overlapInTask).toBe(false);
    expect(maxRunning).toBeGreaterThan(1);
    expect(maxRunning).toBeLessThanOrEqual(6);
    for (const [taskKey, seqs] of seenSeq)
      expect(seqs, taskKey).toEqual([...seqs].sort((a, b) => a - b));
    expect(seenSeq.size).toBe(20);
  });

  it("runs a delivery enqueued twice once", async () => {
    const queue = createMemoryQueue();
    const runs: string[] = [];
    queue.start(async ({ deliveryId }) => void runs.push(deliveryId));
    await queue.enqueue(job("d1", "o/r#1"));
    await queue.enqueue(job("d1", "o/r#1"));
    await waitUntil({
      what: "the delivery to run",
      timeoutMs: 1_000,
      condition: () => runs.length === 1,
    });
    await queue.enqueue(job("d1", "o/r#1"));
    await queue.close();
    expect(runs).toEqual(["d1"]);
  });

  it("keeps a failed job with its error after its attempts and goes on with the task", async () => {
    const errors: string[] = [];
    const queue = createMemoryQueue({
      attempts: 2,
      retryDelayMs: 1,
      log: {
        info: () => undefined,
        warn: () => undefined,
        error: (_fields, message) => void errors.push(message),
      },
    });
    const runs: string[] = [];
    queue.start(async ({ deliveryId }) => {
      runs.push(deliveryId);
      if (deliveryId === "bad") throw new Error("model timed out");
    });
    await queue.enqueue(job("bad", "o/r#2"));
    await queue.enqueue(job("next", "o/r#2"));
    await waitUntil({
      what: "the next job of the task to run",
      timeoutMs: 1_000,
      condition: () => runs.includes("next"),
    });
    await queue.close();
    expect(runs).toEqual(["bad", "bad", "next"]);
    expect(queue.failed()).toMatchObject([
      { job: { deliveryId: "bad" }, error: "model timed out", attempts: 2 },
    ]);
    expect(errors).toEqual(["Task job failed on its last attempt"]);
  });

  it("waits for running jobs on close and refuses new ones", async () => {
    const queue = createMemoryQueue();
    let finished = false;
    queue.start(async () => {
      await sleep(30);
      finished = true;
    });
    await queue.enqueue(job("slow", "o/r#3"));
    await queue.close();
    expect(finished).toBe(true);
    await expect(queue.enqueue(job("late", "o/r#3"))).rejects.toThrow(
      "the queue is closed",
    );
  });
});
