import { describe, expect, it } from "vitest";
import { readCatalog } from "../../src/core/catalog/read-catalog.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { MAINTAINER, OPERATOR } from "../app/app-harness.js";
import { PULL, SOP_PATH, TASK } from "../app/lifecycle-events.js";
import { crashingFetch } from "../faults/harness/crash-fetch.js";
import { faultTask } from "../faults/harness/fault-task.js";

const CONFIG = "docs_folder: docs/sops\n";
const CATALOG = "docs/sops/README.md";
const REVISE =
  "/sop revise Replace step 5: Post the handover page link in #oncall and pin it";

describe("a revision whose run dies after any write", () => {
  it("is finished by the next event: one pull request, the SOP and its catalog row revised once", async () => {
    // How many writes the revision's run makes when nothing dies.
    const clean = await faultTask({ config: CONFIG });
    await clean.finish();
    const before = clean.double.writes().length;
    expect(
      await clean.deliver(
        clean.double.comment({ issue: TASK, author: OPERATOR, body: REVISE }),
      ),
    ).toBeNull();
    const writes = clean.double.writes().length - before;
    expect(writes).toBeGreaterThan(4);

    for (let at = 1; at <= writes; at++) {
      const task = await faultTask({ config: CONFIG });
      await task.finish();
      const published = task.double.fileAt("main", SOP_PATH) ?? "";
      const start = task.double.writes().length;
      const way = crashingFetch({
        double: task.double,
        counter: { writes: start },
        plan: { at: start + at, when: "after" },
      });
      const died = await task.deliver(
        task.double.comment({ issue: TASK, author: OPERATOR, body: REVISE }),
        { fetch: way.fetch },
      );
      expect(died, `crash after write ${at}`).toBeInstanceOf(Error);
      // Any later event of the task brings it forward.
      await task.deliver(
        task.double.comment({
          issue: TASK,
          author: OPERATOR,
          body: "/sop status",
        }),
      );
      const pulls = [...task.double.repo.issues.values()].filter(
        (i) => i.pull && i.number > PULL,
      );
      expect(pulls, `crash after write ${at}`).toHaveLength(1);
      const head = pulls[0]?.pull?.headSha ?? "";
      const revised = parseSop(task.double.fileAt(head, SOP_PATH) ?? "").file;
      expect(revised.content.steps[4]?.action).toMatch(/and pin it/);
      expect(
        revised.revisions.filter(
          (r) => r.version === revised.frontMatter.version,
        ),
      ).toHaveLength(1);
      expect(
        readCatalog({
          markdown: task.double.fileAt(head, CATALOG) ?? "",
          catalogPath: CATALOG,
        })[0]?.version,
      ).toBe(revised.frontMatter.version);
      expect(
        await task.deliver(
          task.double.submitReview({
            pull: pulls[0]?.number ?? 0,
            author: MAINTAINER,
            state: "approved",
          }),
        ),
      ).toBeNull();
      expect(task.double.fileAt("main", SOP_PATH)).not.toBe(published);
      expect(task.double.issue(TASK)?.state).toBe("closed");
    }
  }, 300_000);
});
