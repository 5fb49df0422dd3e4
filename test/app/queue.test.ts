import { expect, it } from "vitest";
import type { Model } from "../../src/core/ports/model.js";
import { createOfflineModel } from "../../src/model/offline/offline-model.js";
import { createMemoryQueue } from "../../src/shells/app/queue/memory-queue.js";
import { createHarness, OPERATOR } from "./app-harness.js";
import { handoverRequest, TASK } from "./lifecycle-events.js";

it("with a queue, answers the webhook at once and does the work afterwards, once per delivery", async () => {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const offline = createOfflineModel();
  let captures = 0;
  const slow: Model = {
    ...offline,
    capture: async (input) => {
      captures += 1;
      await gate;
      return offline.capture(input);
    },
  };
  const queue = createMemoryQueue({ retryDelayMs: 1 });
  const h = await createHarness({ app: { queue, modelFor: () => slow } });
  const { double } = h;

  const opened = double.openIssue({
    ...handoverRequest(),
    author: OPERATOR,
    labels: ["sop"],
  });
  await h.deliver(opened);
  await h.deliver(opened);
  expect(double.issue(TASK)?.comments).toHaveLength(0);

  release();
  await queue.close();
  expect(captures).toBe(1);
  expect(double.issue(TASK)?.comments).toHaveLength(1);
  expect(double.issue(TASK)?.labels).toEqual(["sop", "sop: needs info"]);
  expect(queue.failed()).toEqual([]);
  double.assertValid();
});
