import { beforeAll, describe, expect, it } from "vitest";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { MAINTAINER, OPERATOR } from "../app/app-harness.js";
import { crashingFetch } from "./harness/crash-fetch.js";
import { faultTask } from "./harness/fault-task.js";
import { ANSWERS, CHANGES, upTo } from "./harness/scenario-builders.js";
import { PULL, SOP_PATH, TASK } from "../app/lifecycle-events.js";
import { runCrashPoints } from "./harness/run-crash-points.js";
import { runLifecycle, type LifecycleRun } from "./harness/run-lifecycle.js";
import { noteKeys, notesOf, shown } from "./harness/task-notes.js";
import {
  duplicatesIn,
  outcomeDiff,
  taskOutcome,
} from "./harness/task-outcome.js";

describe("crash at every write", () => {
  it("ends every lifecycle whose process died before or after any one write as the uncrashed lifecycle ends", async () => {
    const report = await runCrashPoints();
    expect(report.failures).toEqual([]);
    // Two crash points per write of a lifecycle (with a redraft, in a new repository) that takes nineteen writes.
    expect(report.points).toBeGreaterThanOrEqual(38);
    expect(report).toMatchObject({ survived: report.points, duplicates: 0 });
  }, 120_000);
});

describe("when the redelivery never comes", () => {
  it("the next event picks the task up: a crash at any write of the answers' handling, then the operator asks for the status", async () => {
    const plain = await faultTask();
    await upTo(plain, ANSWERS);
    const before = plain.double.writes().length;
    await upTo(plain, CHANGES);
    const expected = noteKeys(plain.double);
    for (let at = before + 1; at <= plain.double.writes().length; at++) {
      const task = await faultTask();
      await upTo(task, ANSWERS);
      const way = crashingFetch({
        double: task.double,
        counter: { writes: before },
        plan: { at, when: "after" },
      });
      await task.next({ fetch: way.fetch });
      expect(
        await task.deliver(
          task.double.comment({
            issue: TASK,
            author: OPERATOR,
            body: "/sop status",
          }),
        ),
      ).toBeNull();
      expect({
        at,
        notes: noteKeys(task.double).filter((k) => !k.startsWith("reply:")),
        labels: task.double.issue(TASK)?.labels,
      }).toEqual({
        at,
        notes: expected,
        labels: ["sop", "sop: awaiting approval"],
      });
      expect({ at, duplicates: duplicatesIn(task.double) }).toEqual({
        at,
        duplicates: [],
      });
    }
  });
});

describe("what the crash harness found, kept as regressions", () => {
  let baseline: LifecycleRun;
  beforeAll(async () => {
    baseline = await runLifecycle();
  });

  /** The 1-based number of the `nth` write with this operation in the uncrashed lifecycle. */
  function writeNumber(operationId: string, nth = 1): number {
    const at = baseline.double
      .writes()
      .flatMap((call, i) => (call.operationId === operationId ? [i + 1] : []))[
      nth - 1
    ];
    if (at === undefined)
      throw new Error(
        `Unexpected lifecycle without write #${nth} of ${operationId}`,
      );
    return at;
  }

  async function crashed(
    at: number,
    when: "before" | "after",
  ): Promise<LifecycleRun> {
    const run = await runLifecycle({ at, when });
    expect(run.errors).toEqual([]);
    expect(duplicatesIn(run.double)).toEqual([]);
    expect(
      outcomeDiff(taskOutcome(baseline.double), taskOutcome(run.double)),
    ).toEqual([]);
    return run;
  }

  it("reports the walkthrough check once when the process died right after reporting it", async () => {
    const { double } = await crashed(writeNumber("checks/create"), "after");
    const firstDraft = notesOf(double).find((n) => n.header.step === "draft")
      ?.data as { commit: string };
    expect(double.checkRuns(firstDraft.commit)).toHaveLength(1);
  });

  it("redrafts from the commit the reviewer reviewed, not from the redraft a dead process already committed", async () => {
    const { double } = await crashed(
      writeNumber("repos/create-or-update-file-contents", 2),
      "after",
    );
    const published = parseSop(double.fileAt("main", SOP_PATH) ?? "").file;
    expect(published.frontMatter.version).toBe("1.1");
    expect(published.revisions.map((r) => r.version)).toEqual(["1.0", "1.1"]);
  });

  it("merges the approved SOP when the process died between recording the approval and merging", async () => {
    for (const when of ["before", "after"] as const) {
      const at = writeNumber("pulls/merge") - (when === "after" ? 1 : 0);
      const { double } = await crashed(at, when);
      expect(double.issue(PULL)?.pull).toMatchObject({
        merged: true,
        mergedBy: "sopflow[bot]",
      });
      expect(noteKeys(double)).toEqual(noteKeys(baseline.double));
    }
  });

  it("names the approver, not the app, when the process died between the merge and the publish note", async () => {
    const { double } = await crashed(writeNumber("pulls/merge"), "after");
    const publish = double.issue(TASK)?.comments.at(-1)?.body;
    expect(shown(publish)).toContain(`approved by @${MAINTAINER}.`);
  });
});
