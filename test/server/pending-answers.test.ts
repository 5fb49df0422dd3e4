import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { expect, it } from "vitest";
import { createPendingAnswers } from "../../src/shells/server/pending-answers.js";

const response = () => new EventEmitter() as unknown as ServerResponse & EventEmitter;
const state = (promise: Promise<void>) => Promise.race([promise.then(() => "settled"), new Promise((resolve) => setTimeout(() => resolve("waiting"), 20))]);

it("lets work start at once when no webhook waits for its answer", async () => {
  expect(await state(createPendingAnswers({ maxWaitMs: 10_000 }).settled())).toBe("settled");
});

it("holds work until every webhook being answered has its answer, finished or closed", async () => {
  const pending = createPendingAnswers({ maxWaitMs: 10_000 });
  const [first, second] = [response(), response()];
  pending.track(first);
  pending.track(second);
  const work = pending.settled();

  first.emit("finish");
  first.emit("close");
  expect(await state(work)).toBe("waiting");
  second.emit("close");
  expect(await state(work)).toBe("settled");
  expect(await state(pending.settled())).toBe("settled");
});

it("lets work start after maxWaitMs even while webhooks keep coming", async () => {
  const pending = createPendingAnswers({ maxWaitMs: 30 });
  pending.track(response());
  const started = performance.now();
  await pending.settled();
  expect(performance.now() - started).toBeGreaterThanOrEqual(25);
});
