import { describe, expect, it } from "vitest";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { OPERATOR } from "../app/app-harness.js";
import { PULL, SOP_PATH, TASK } from "../app/lifecycle-events.js";
import { crashingFetch } from "../faults/harness/crash-fetch.js";
import { faultTask } from "../faults/harness/fault-task.js";
import { APPROVAL, upTo } from "../faults/harness/scenario-builders.js";
import { noteKeys } from "../faults/harness/task-notes.js";

const CONFIG = "docs_folder: docs/sops\nrecord_approval_in_file: true\n";

describe("a publish that died between recording the approval and merging", () => {
  it("is finished by the next run: the head holding only the approval record is merged, not walked again", async () => {
    const task = await faultTask({ config: CONFIG });
    await upTo(task, APPROVAL);
    const before = task.double.writes().length;
    const walked = noteKeys(task.double).filter((k) =>
      k.startsWith("walkthrough:"),
    );
    // The approval's run dies right after its first write: the approval record committed on the approved head.
    const way = crashingFetch({
      double: task.double,
      counter: { writes: before },
      plan: { at: before + 1, when: "after" },
    });
    expect(await task.next({ fetch: way.fetch })).toBeInstanceOf(Error);
    expect(task.double.issue(PULL)?.pull?.merged).toBe(false);

    await task.deliver(
      task.double.comment({
        issue: TASK,
        author: OPERATOR,
        body: "/sop status",
      }),
    );
    expect(task.double.issue(PULL)?.pull?.merged).toBe(true);
    const published = parseSop(task.double.fileAt("main", SOP_PATH) ?? "");
    expect(published.file.frontMatter.approval).toMatchObject({ by: "@mo" });
    const notes = noteKeys(task.double);
    expect(notes.filter((k) => k.startsWith("walkthrough:"))).toEqual(walked);
    expect(notes).toContain("publish:1");
  }, 60_000);
});
