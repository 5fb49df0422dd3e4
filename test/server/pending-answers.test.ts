import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { expect, it } from "vitest";
import { createPendingAnswers } from "../../src/shells/server/pending-answers.js";

const response = () =>
  new EventEmitter() as unknown as ServerResponse & EventEmitter;
const state = (promise: Promise<void>, ms = 20) =>
  Promise.race([
    promise.then(() => "settled"),
    new Promise((resolve) => setTimeout(() => resolve("waiting"), ms)),
  ]);

it("lets work start at once when no webhook came", async () => {
  expect(
    await state(
      createPendingAnswers({ quietMs: 50, maxWaitMs: 10_000 }).settled(),
      5,
    ),
  ).toBe("settled");
});

it("holds work while a webhook waits for its answer, then for the quiet time after the last answer", async () => {
  const pending = createPendingAnswers({ quietMs: 60, maxWaitMs: 10_000 });
  const [first, second] = [response(), response()];
  pending.track(first);
  pending.track(second);
  const work = pending.settled();

  first.emit("finish");
  first.emit("close");
  expect(await state(work)).toBe("waiting");
  second.emit("close");
  // Answered, but another delivery of the same burst may be parsed next.
  expect(await state(work, 20)).toBe("waiting");
  expect(await state(work, 100)).toBe("settled");
});

it("lets work start after maxWaitMs even while webhooks keep coming", async () => {
  const pending = createPendingAnswers({ quietMs: 50, maxWaitMs: 30 });
  pending.track(response());
  const started = performance.now();
  await pending.settled();
  expect(performance.now() - started).toBeGreaterThanOrEqual(25);
});
