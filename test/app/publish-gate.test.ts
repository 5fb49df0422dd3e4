import { describe, expect, it } from "vitest";
import { listNotes } from "../../src/core/notes/list-notes.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import {
  createHarness,
  MAINTAINER,
  OPERATOR,
  type Harness,
} from "./app-harness.js";
import { handoverRequest, PULL, SOP_PATH, TASK } from "./lifecycle-events.js";

const bodies = (h: Harness) =>
  (h.double.issue(TASK)?.comments ?? []).map((c) => c.body);
const steps = (h: Harness) =>
  listNotes(
    (h.double.issue(TASK)?.comments ?? []).map((c) => ({
      id: String(c.id),
      author: c.author,
      authorKind: c.author === "sopflow[bot]" ? "self" : "human",
      body: c.body,
      createdAt: c.createdAt,
    })),
  ).map((n) => n.header.step);

/** A draft made with `/sop draft` before the questions were answered: it flags them as open. */
async function draftWithOpenQuestions(config?: string): Promise<Harness> {
  const h = await createHarness(config === undefined ? {} : { config });
  await h.deliver(
    h.double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    }),
  );
  await h.deliver(
    h.double.comment({ issue: TASK, author: OPERATOR, body: "/sop draft" }),
  );
  const head = h.double.issue(PULL)?.pull?.headSha ?? "";
  expect(h.double.fileAt(head, SOP_PATH)).toMatch(
    /Open question \d+ \(unresolved\)/,
  );
  return h;
}

describe("the publishing gate", () => {
  it("an approval of a draft with open questions gets one reply naming them and publishes nothing; the approver's `/sop publish anyway` publishes, on record", async () => {
    const h = await draftWithOpenQuestions();
    const gaps = parseSop(
      h.double.fileAt(h.double.issue(PULL)?.pull?.headSha ?? "", SOP_PATH) ??
        "",
    ).file.content.gaps.length;
    await h.deliver(
      h.double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(h.double.issue(PULL)?.pull?.merged).toBe(false);
    const reply = bodies(h).at(-1) ?? "";
    expect(reply).toMatch(
      new RegExp(
        `publishing is blocked by (\\d+ error findings? and )?${gaps} open questions? in the SOP`,
      ),
    );
    expect(reply).toContain("/sop publish anyway");
    expect(h.double.issue(TASK)?.labels).toContain("sop: awaiting approval");

    // Another event, and an override by someone who did not approve: no second reply, nothing published.
    const replies = steps(h).filter((s) => s === "reply").length;
    await h.deliver(
      h.double.comment({
        issue: TASK,
        author: OPERATOR,
        body: "/sop publish anyway",
      }),
    );
    expect(steps(h).filter((s) => s === "reply")).toHaveLength(replies);
    expect(h.double.issue(PULL)?.pull?.merged).toBe(false);

    await h.deliver(
      h.double.comment({
        issue: TASK,
        author: MAINTAINER,
        body: "/sop publish anyway",
      }),
    );
    expect(h.double.issue(PULL)?.pull?.merged).toBe(true);
    const publish = bodies(h).at(-1) ?? "";
    expect(publish).toMatch(/Published over the gate:/);
    expect(publish).toContain(`@${MAINTAINER} chose to publish anyway`);
    const published = parseSop(h.double.fileAt("main", SOP_PATH) ?? "").file;
    expect(published.revisions.at(-1)).toMatchObject({
      author: `@${MAINTAINER}`,
      change: expect.stringMatching(
        new RegExp(
          `over .*${gaps} open questions? \\(override: /sop publish anyway\\)$`,
        ),
      ),
    });
    h.double.assertValid();
  });

  it("the marker in the approval's body publishes at once", async () => {
    const h = await draftWithOpenQuestions();
    await h.deliver(
      h.double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
        body: "The gaps are known and tracked.\n/sop publish anyway",
      }),
    );
    expect(h.double.issue(PULL)?.pull?.merged).toBe(true);
    expect(bodies(h).at(-1)).toMatch(/Published over the gate:/);
  });

  it("block_publish_on: nothing lets the approval publish as before; errors blocks on error findings alone", async () => {
    const open = await draftWithOpenQuestions("block_publish_on: nothing\n");
    await open.deliver(
      open.double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(open.double.issue(PULL)?.pull?.merged).toBe(true);
    expect(bodies(open).at(-1)).not.toMatch(/Published over the gate/);

    const errors = await draftWithOpenQuestions("block_publish_on: errors\n");
    await errors.deliver(
      errors.double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(errors.double.issue(PULL)?.pull?.merged).toBe(false);
    expect(bodies(errors).at(-1)).toMatch(
      /blocked by \d+ error findings? in the SOP/,
    );
  });
});
