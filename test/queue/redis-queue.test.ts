import type { ChildProcess } from "node:child_process";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisQueue } from "../../src/shells/app/queue/redis-queue.js";
import type { TaskJob } from "../../src/shells/app/queue/task-queue.js";
import { startRedisServer } from "../support/redis-server.js";
import type { RedisServer } from "../support/redis-server.js";
import { closeWorker, forkWorker } from "./helpers/fork-worker.js";
import { shuffledDeliveries } from "./helpers/shuffled-deliveries.js";
import { waitUntil } from "./helpers/wait-until.js";

interface HandledRecord {
  pid: number;
  deliveryId: string;
  taskKey: string;
  seq: number;
  start: number;
  end: number;
}

let server: RedisServer;
let redis: Redis;
const children: ChildProcess[] = [];

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
});

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null)
      child.kill("SIGKILL");
  await redis?.quit();
  await server?.stop();
});

async function records(prefix: string): Promise<HandledRecord[]> {
  return (await redis.lrange(`${prefix}:test:records`, 0, -1)).map(
    (entry) => JSON.parse(entry) as HandledRecord,
  );
}

async function enqueueAll(
  prefix: string,
  deliveries: TaskJob[],
): Promise<void> {
  const producer = createRedisQueue({ url: server.url, prefix });
  for (const delivery of deliveries) await producer.enqueue(delivery);
  await producer.close();
}

// Records are appended as handlers end, so a task's records are in the order its events ran.
function expectOrderedAndExclusive(handled: HandledRecord[]): void {
  const byTask = new Map<string, HandledRecord[]>();
  for (const record of handled)
    byTask.set(record.taskKey, [...(byTask.get(record.taskKey) ?? []), record]);
  for (const [taskKey, taskRecords] of byTask) {
    expect(
      taskRecords.map((record) => record.seq),
      taskKey,
    ).toEqual(taskRecords.map((_, index) => index));
    for (let index = 1; index < taskRecords.length; index++) {
      const [before, after] = [
        taskRecords[index - 1] as HandledRecord,
        taskRecords[index] as HandledRecord,
      ];
      expect(
        after.start,
        `${taskKey} seq ${after.seq} started before seq ${before.seq} ended`,
      ).toBeGreaterThanOrEqual(before.end);
    }
  }
}

function expectEachOnce(handled: HandledRecord[], deliveries: TaskJob[]): void {
  const counts = new Map<string, number>();
  for (const record of handled)
    counts.set(record.deliveryId, (counts.get(record.deliveryId) ?? 0) + 1);
  expect(
    [...counts].filter(([, count]) => count !== 1),
    "deliveries not handled exactly once",
  ).toEqual([]);
  expect([...counts.keys()].sort()).toEqual(
    deliveries.map((delivery) => delivery.deliveryId).sort(),
  );
}

describe("createRedisQueue with two worker processes", () => {
  it("handles every delivery once, each task in order and one event at a time, spread over both processes", async () => {
    const prefix = "spread";
    const workers = [
      await forkWorker({ REDIS_URL: server.url, QUEUE_PREFIX: prefix }),
      await forkWorker({ REDIS_URL: server.url, QUEUE_PREFIX: prefix }),
    ];
    children.push(...workers);
    const deliveries = shuffledDeliveries({ tasks: 20, perTask: 10, seed: 11 });
    // Every tenth delivery is sent twice, as a webhook redelivery would.
    await enqueueAll(
      prefix,
      deliveries.flatMap((delivery, index) =>
        index % 10 === 0 ? [delivery, delivery] : [delivery],
      ),
    );
    await waitUntil({
      what: "200 handled records",
      timeoutMs: 20_000,
      condition: async () =>
        (await redis.llen(`${prefix}:test:records`)) >= 200,
    });

    expect(await Promise.all(workers.map(closeWorker))).toEqual([0, 0]);
    const handled = await records(prefix);
    expectEachOnce(handled, deliveries);
    expectOrderedAndExclusive(handled);
    expect(new Set(handled.map((record) => record.pid))).toEqual(
      new Set(workers.map((worker) => worker.pid)),
    );
    const states = await Promise.all(
      deliveries.map((delivery) =>
        redis.hget(`${prefix}:delivery:${delivery.deliveryId}`, "state"),
      ),
    );
    expect(new Set(states)).toEqual(new Set(["done"]));
  });

  it("hands a killed process's task to the other process, which resumes at the unfinished event", async () => {
    const prefix = "kill";
    const deliveries = shuffledDeliveries({ tasks: 20, perTask: 10, seed: 23 });
    const hang = deliveries.find(
      (delivery) => (delivery.payload as { seq: number }).seq === 3,
    ) as TaskJob;
    const env = {
      REDIS_URL: server.url,
      QUEUE_PREFIX: prefix,
      HANG_DELIVERY: hang.deliveryId,
    };
    const workers = [await forkWorker(env), await forkWorker(env)];
    children.push(...workers);
    await enqueueAll(prefix, deliveries);
    await waitUntil({
      what: "a process to hang on its delivery",
      timeoutMs: 10_000,
      condition: async () =>
        (await redis.exists(`${prefix}:test:hanging-pid`)) === 1,
    });
    const hangingPid = Number(await redis.get(`${prefix}:test:hanging-pid`));
    const [victim, survivor] =
      workers[0]?.pid === hangingPid ? workers : [...workers].reverse();
    victim?.kill("SIGKILL");
    await waitUntil({
      what: "200 handled records",
      timeoutMs: 30_000,
      condition: async () =>
        (await redis.llen(`${prefix}:test:records`)) >= 200,
    });

    expect(await closeWorker(survivor as ChildProcess)).toBe(0);
    const handled = await records(prefix);
    expectEachOnce(handled, deliveries);
    expectOrderedAndExclusive(handled);
    expect(
      handled.find((record) => record.deliveryId === hang.deliveryId)?.pid,
    ).toBe(survivor?.pid);
    expect(
      await redis.hgetall(`${prefix}:delivery:${hang.deliveryId}`),
    ).toEqual({ state: "done", attempts: "2" });
  });
});

describe("createRedisQueue in one process", () => {
  it("keeps an event that failed every attempt with its error and goes on with the task", async () => {
    const queue = createRedisQueue({
      url: server.url,
      prefix: "failing",
      attempts: 2,
      retryDelayMs: 1,
    });
    const runs: string[] = [];
    queue.start(async ({ deliveryId }) => {
      runs.push(deliveryId);
      if (deliveryId === "bad") throw new Error("model timed out");
    });
    const job = (deliveryId: string): TaskJob => ({
      deliveryId,
      taskKey: "octo/docs#9",
      name: "issue_comment",
      payload: {},
      receivedAt: 1,
    });
    await queue.enqueue(job("bad"));
    await queue.enqueue(job("next"));
    await waitUntil({
      what: "the task's next event to run",
      timeoutMs: 5_000,
      condition: () => runs.includes("next"),
    });
    const failed = await queue.failed("octo/docs#9");
    await queue.close();
    expect(runs).toEqual(["bad", "bad", "next"]);
    expect(failed).toMatchObject([
      { job: { deliveryId: "bad" }, error: "model timed out", attempts: 2 },
    ]);
  });

  it("gives up an event whose attempts all ended with their process, instead of crashing workers forever", async () => {
    const prefix = "poison";
    const queue = createRedisQueue({ url: server.url, prefix, attempts: 2 });
    await queue.enqueue({
      deliveryId: "poison",
      taskKey: "octo/docs#7",
      name: "issues",
      payload: {},
      receivedAt: 1,
    });
    await queue.enqueue({
      deliveryId: "after",
      taskKey: "octo/docs#7",
      name: "issues",
      payload: {},
      receivedAt: 2,
    });
    // As if two processes had died inside the handler of this event.
    await redis.hset(`${prefix}:delivery:poison`, "attempts", 2);
    const runs: string[] = [];
    queue.start(async ({ deliveryId }) => void runs.push(deliveryId));
    await waitUntil({
      what: "the event after the given-up one to run",
      timeoutMs: 5_000,
      condition: () => runs.includes("after"),
    });
    const failed = await queue.failed("octo/docs#7");
    await queue.close();
    expect(runs).toEqual(["after"]);
    expect(failed).toMatchObject([
      { job: { deliveryId: "poison" }, attempts: 2 },
    ]);
    expect(failed[0]?.error).toMatch(/^Unexpected end of every attempt/);
  });

  it("closes after the running event and leaves the rest of the task to another worker", async () => {
    const prefix = "closing";
    const first = createRedisQueue({ url: server.url, prefix });
    const runs: string[] = [];
    let release: () => void = () => undefined;
    first.start(async ({ deliveryId }) => {
      runs.push(deliveryId);
      await new Promise<void>((resolve) => (release = resolve));
    });
    for (const id of ["a", "b", "c"])
      await first.enqueue({
        deliveryId: id,
        taskKey: "octo/docs#5",
        name: "issues",
        payload: {},
        receivedAt: 1,
      });
    await waitUntil({
      what: "the first event to start",
      timeoutMs: 5_000,
      condition: () => runs.length === 1,
    });
    const closed = first.close();
    release();
    await closed;
    expect(runs).toEqual(["a"]);

    const second = createRedisQueue({ url: server.url, prefix });
    second.start(async ({ deliveryId }) => void runs.push(deliveryId));
    await waitUntil({
      what: "the rest of the task to run elsewhere",
      timeoutMs: 5_000,
      condition: () => runs.length === 3,
    });
    await second.close();
    expect(runs).toEqual(["a", "b", "c"]);
  });
});
