import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisQueue } from "../../src/shells/app/queue/redis-queue.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { MAINTAINER, OPERATOR } from "../app/app-harness.js";
import { PULL, SOP_PATH, TASK } from "../app/lifecycle-events.js";
import { renderPull } from "../support/github-double/factories/render-pull.js";
import type { GitHubDouble } from "../support/github-double/github-double.js";
import { pullIn } from "../support/github-double/human/pull-actions.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { buildWebhookEvent } from "../support/webhook-events.js";
import { waitUntil } from "../queue/helpers/wait-until.js";
import { countingQueue } from "./harness/counting-queue.js";
import {
  faultTask,
  type Delivery,
  type FaultTask,
} from "./harness/fault-task.js";
import { freshProbot, NOW } from "./harness/fresh-probot.js";
import { interleave } from "./harness/pausing-fetch.js";
import {
  answerAndEdit,
  capturedBoth,
  pushChange,
  PUSHED,
} from "./harness/race-events.js";
import {
  ANSWERS,
  APPROVAL,
  CHANGES,
  upTo,
} from "./harness/scenario-builders.js";
import { noteKeys, notesOf } from "./harness/task-notes.js";
import {
  duplicatesIn,
  outcomeDiff,
  taskOutcome,
} from "./harness/task-outcome.js";

describe("two events of one task at once, on two app server processes sharing the Redis queue", () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  /** Deliver both events at once, one to each of two fresh processes whose queues share Redis; wait until both are handled. */
  async function atOnce(
    task: FaultTask,
    events: Delivery[],
    prefix: string,
  ): Promise<void> {
    const queues = [0, 1].map(() =>
      countingQueue(
        createRedisQueue({ url: redis.url, prefix, retryDelayMs: 10 }),
      ),
    );
    const apps = await Promise.all(
      queues.map((queue) =>
        freshProbot({ double: task.double, app: { queue } }),
      ),
    );
    await Promise.all(apps.map((app, i) => app.receive(events[i] as never)));
    await waitUntil({
      what: "both deliveries handled",
      timeoutMs: 15_000,
      condition: () =>
        queues.reduce((sum, q) => sum + q.finished(), 0) >= events.length,
    });
    await Promise.all(queues.map((queue) => queue.close()));
  }

  async function oneAfterTheOther(
    task: FaultTask,
    events: Delivery[],
  ): Promise<void> {
    for (const event of events) expect(await task.deliver(event)).toBeNull();
  }

  it("an answer and an edit of the request end as handling them one after the other does, in one order or the other", async () => {
    const [together, answerFirst, editFirst] = [
      await faultTask(),
      await faultTask(),
      await faultTask(),
    ];
    for (const task of [together, answerFirst, editFirst])
      await upTo(task, ANSWERS);
    await atOnce(together, answerAndEdit(together.double), "race-answer-edit");
    await oneAfterTheOther(answerFirst, answerAndEdit(answerFirst.double));
    await oneAfterTheOther(
      editFirst,
      answerAndEdit(editFirst.double).reverse(),
    );
    const diffs = [answerFirst, editFirst].map((serial) =>
      outcomeDiff(taskOutcome(serial.double), taskOutcome(together.double)),
    );
    expect(
      diffs.some((diff) => diff.length === 0),
      diffs.flat().join("\n"),
    ).toBe(true);
    expect(duplicatesIn(together.double)).toEqual([]);
    expect(capturedBoth(together.double)).toEqual([]);
  });

  it("an approval and a push end as handling them one after the other does, in one order or the other: the pushed head is walked, not merged", async () => {
    // Which of the two processes enqueues first is a race of its own (on a busy machine the push often
    // wins): the outcome must be one of the serial orders, either one.
    const [together, approvalFirst, pushFirst] = [
      await faultTask(),
      await faultTask(),
      await faultTask(),
    ];
    const both = (double: GitHubDouble) => [
      double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      }),
      pushChange(double) as Delivery,
    ];
    for (const task of [together, approvalFirst, pushFirst])
      await upTo(task, CHANGES);
    await atOnce(together, both(together.double), "race-approve-push");
    await oneAfterTheOther(approvalFirst, both(approvalFirst.double));
    await oneAfterTheOther(pushFirst, both(pushFirst.double).reverse());
    const diffs = [approvalFirst, pushFirst].map((serial) =>
      outcomeDiff(taskOutcome(serial.double), taskOutcome(together.double)),
    );
    expect(
      diffs.some((diff) => diff.length === 0),
      diffs.flat().join("\n"),
    ).toBe(true);
    expect(together.double.issue(PULL)?.pull?.merged).toBe(false);
    expect(notesOf(together.double).at(-1)?.data).toMatchObject({
      sha: together.double.issue(PULL)?.pull?.headSha,
    });
  });
});

describe("a push that lands while the approval is being handled", () => {
  it("at every request of the approval's handler: ends as one of the two serial orders, and never merges the pushed change", async () => {
    const seen: string[] = [];
    for (let at = 1; at < 40; at++) {
      const task = await faultTask();
      const { double } = task;
      await upTo(task, CHANGES);
      const approval = double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      });
      let requests = 0;
      let push: Delivery | null = null;
      const fetch = async (
        input: string | URL | Request,
        init?: RequestInit,
      ) => {
        if (
          !/\/access_tokens$/.test(new Request(input, init).url) &&
          ++requests === at
        )
          push = pushChange(double);
        return double.fetch(input, init);
      };
      expect(await task.deliver(approval, { fetch })).toBeNull();
      if (requests < at) break;
      const pushed: Delivery | null = push;
      if (pushed) expect(await task.deliver(pushed)).toBeNull();
      const pull = double.issue(PULL)?.pull;
      expect(double.fileAt("main", SOP_PATH) ?? "").not.toContain(PUSHED);
      expect(duplicatesIn(double)).toEqual([]);
      if (pull?.merged) {
        // The approval came first: published, and the push found the pull request merged.
        expect({
          at,
          pushed: pushed !== null,
          labels: double.issue(TASK)?.labels,
          last: noteKeys(double).at(-1),
        }).toEqual({
          at,
          pushed: false,
          labels: ["sop", "sop: published"],
          last: "publish:1",
        });
        seen.push("approval first");
      } else {
        // The push came first: the pushed head is walked and waits for an approval of its own.
        const walked = notesOf(double)
          .filter((n) => n.header.step === "walkthrough")
          .at(-1)?.data as { sha?: string } | undefined;
        expect({
          at,
          walked: walked?.sha,
          labels: double.issue(TASK)?.labels,
        }).toEqual({
          at,
          walked: pull?.headSha,
          labels: ["sop", "sop: awaiting approval"],
        });
        expect(double.fileAt(pull?.headSha ?? "", SOP_PATH)).toContain(PUSHED);
        seen.push("push first");
      }
    }
    expect(new Set(seen)).toEqual(new Set(["approval first", "push first"]));
  }, 60_000);
});

describe("two handlers at once with nothing serialising them (the shells do: one queue or concurrency group per task)", () => {
  it("at every interleaving of an answer and an edit: by the next event both are captured, one pull request, no decision contradicts another", async () => {
    for (let at = 1; at < 40; at++) {
      const task = await faultTask();
      const { double } = task;
      await upTo(task, ANSWERS);
      const [answer, edit] = answerAndEdit(double) as [Delivery, Delivery];
      let paused = false;
      await interleave({
        double,
        at,
        first: async (fetch) =>
          (
            await freshProbot({
              double,
              fetch: (i, init) => ((paused = true), fetch(i, init)),
            })
          ).receive(answer as never),
        second: async () =>
          (await freshProbot({ double })).receive(edit as never),
      });
      if (!paused) break;
      // With nothing serialising them, each handler may capture from its own event's payload; the next event on the task brings the newest request in.
      expect(
        await (
          await freshProbot({ double })
        ).receive(
          double.comment({
            issue: TASK,
            author: OPERATOR,
            body: "/sop status",
          }) as never,
        ),
      ).toBeUndefined();
      expect({ at, problems: capturedBoth(double) }).toEqual({
        at,
        problems: [],
      });
      expect({
        at,
        pulls: [...double.repo.issues.values()].filter((i) => i.pull).length,
      }).toEqual({ at, pulls: 1 });
      const conflicting = duplicatesIn(double).filter(
        (d) =>
          !/posted twice$|^2 check runs|^(?:capture|draft|walkthrough) note revision \d+ part \d+ posted again with other content$/.test(
            d,
          ),
      );
      expect({ at, conflicting }).toEqual({ at, conflicting: [] });
      expect({ at, labels: double.issue(TASK)?.labels }).toEqual({
        at,
        labels: [
          "sop",
          expect.stringMatching(/^sop: (awaiting approval|failed)$/),
        ],
      });
    }
  }, 60_000);
});

/** The SOP on the task's pull request, as content. */
function sopContent(double: GitHubDouble) {
  return parseSop(
    double.fileAt(double.issue(PULL)?.pull?.headSha ?? "", SOP_PATH) ?? "",
  ).file.content;
}

describe("events out of order, and old events again", () => {
  it("handles a review that arrives before the pull request's opened event, and the late opened event changes nothing", async () => {
    const task = await faultTask();
    const { double } = task;
    await upTo(task, APPROVAL);
    const scope = { world: double.world, repo: double.repo };
    const opened = buildWebhookEvent({
      ...scope,
      event: "pull_request.opened",
      sender: "sopflow[bot]",
      parts: {
        number: PULL,
        pull_request: renderPull({
          ...scope,
          issue: pullIn(double.repo, PULL),
        }),
      },
    });
    expect(await task.next()).toBeNull();
    const before = { outcome: taskOutcome(double), calls: double.calls.length };
    expect(await task.deliver(opened)).toBeNull();
    expect({
      outcome: taskOutcome(double),
      calls: double.calls.length,
    }).toEqual(before);
    expect(double.issue(PULL)?.pull?.merged).toBe(true);
  });

  it("whichever of two events is delivered first, both reach the capture and the SOP", async () => {
    const [inOrder, reversed] = [await faultTask(), await faultTask()];
    for (const task of [inOrder, reversed]) await upTo(task, ANSWERS);
    for (const event of answerAndEdit(inOrder.double))
      expect(await inOrder.deliver(event)).toBeNull();
    for (const event of answerAndEdit(reversed.double).reverse())
      expect(await reversed.deliver(event)).toBeNull();
    // Handled first, the answer's payload still shows the request before the edit: the edit's own event then captures it and redrafts.
    for (const task of [inOrder, reversed]) {
      expect(capturedBoth(task.double)).toEqual([]);
      expect(duplicatesIn(task.double)).toEqual([]);
    }
    const [first, second] = [
      sopContent(inOrder.double),
      sopContent(reversed.double),
    ];
    expect(first.steps).toEqual(second.steps);
    for (const sop of [first, second])
      expect(sop.trigger).toMatch(/^Every Monday at 10:00 UTC/);
  });

  const daysLater = (days: number) => ({
    app: {
      now: () => new Date(Date.parse(NOW) + days * 86_400_000).toISOString(),
    },
  });

  it("does nothing when old events are delivered again days later, while the task waits and after it is published", async () => {
    const task = await faultTask();
    const { double } = task;
    await upTo(task, APPROVAL);
    for (const stage of ["waiting", "published"]) {
      const before = {
        outcome: taskOutcome(double),
        writes: double.writes().length,
      };
      for (const event of task.delivered)
        expect(await task.deliver(event, daysLater(9))).toBeNull();
      expect({ stage, ...before }).toEqual({
        stage,
        outcome: taskOutcome(double),
        writes: double.writes().length,
      });
      if (stage === "waiting") await task.finish();
    }
    expect(noteKeys(double).at(-1)).toBe("publish:1");
  });
});
