import { afterAll, describe, expect, it } from "vitest";
import { listNotes } from "../../src/core/notes/list-notes.js";
import { createHarness, MAINTAINER, OPERATOR } from "./app-harness.js";
import {
  FEEDBACK,
  LIFECYCLE,
  lineOf,
  PULL,
  SOP_PATH,
  TASK,
} from "./lifecycle-events.js";

const budget: string[] = [];
afterAll(() =>
  console.info(
    `REST requests per event (writes in brackets):\n${budget.join("\n")}`,
  ),
);

function notesOf(harness: Awaited<ReturnType<typeof createHarness>>) {
  const comments = harness.double.issue(TASK)?.comments ?? [];
  return listNotes(
    comments.map((c) => ({
      id: String(c.id),
      author: c.author,
      authorKind: c.author === "sopflow[bot]" ? "self" : "human",
      body: c.body,
      createdAt: c.createdAt,
    })),
  );
}

describe("the whole SOP workflow on GitHub", () => {
  it("takes an issue from the request form to a published SOP, through questions, a redraft and a maintainer's approval", async () => {
    const h = await createHarness();
    const { double } = h;
    const [opened, answered, changes, approved] = LIFECYCLE;

    await h.deliver(opened!.act(double));
    const capture = notesOf(h).at(-1);
    expect(capture?.header.step).toBe("capture");
    expect(capture?.body).toMatch(/Open questions \(4\)/);
    expect(double.issue(TASK)?.labels).toEqual(["sop", "sop: needs info"]);

    await h.deliver(answered!.act(double));
    expect(
      notesOf(h).map((n) => `${n.header.step}:${n.header.revision}`),
    ).toEqual(["capture:1", "capture:2", "draft:1", "walkthrough:1"]);
    const pull = double.issue(PULL);
    expect(pull?.pull).toMatchObject({
      head: "sopflow/1-on-call-handover",
      base: "main",
      merged: false,
      requestedReviewers: [OPERATOR],
    });
    expect(pull?.body).toContain(`https://github.com/acme/docs/issues/${TASK}`);
    const firstHead = pull?.pull?.headSha ?? "";
    expect(double.fileAt(firstHead, SOP_PATH)).toMatch(
      /^---\nid: sop-1-on-call-handover/,
    );
    const [check] = double.checkRuns(firstHead);
    expect(check).toMatchObject({
      name: "SOP walkthrough",
      conclusion: "success",
      output: { title: "1 warning, 1 suggestion" },
    });
    // "SRE" (in the Confluence access) is never spelled out: a warning, which does not block.
    expect(check?.output.annotations).toEqual([
      expect.objectContaining({
        path: SOP_PATH,
        annotation_level: "warning",
        title: "undefined-acronyms",
      }),
      expect.objectContaining({
        path: SOP_PATH,
        start_line: lineOf(double, "4. Walk the incoming engineer"),
        annotation_level: "notice",
        title: "step-length",
      }),
    ]);
    expect(double.issue(TASK)?.labels).toEqual([
      "sop",
      "sop: awaiting approval",
    ]);

    await h.deliver(changes!.act(double));
    const redraftHead = double.issue(PULL)?.pull?.headSha ?? "";
    expect(redraftHead).not.toBe(firstHead);
    expect(double.fileAt(redraftHead, SOP_PATH)).toContain(
      "3. Send the welcome email from the shared inbox.",
    );
    expect(
      notesOf(h)
        .slice(-2)
        .map((n) => `${n.header.step}:${n.header.revision}`),
    ).toEqual(["draft:2", "walkthrough:2"]);
    expect(notesOf(h).at(-1)?.body).toContain(
      `"${FEEDBACK}" → Applied: added step 3`,
    );
    expect(double.checkRuns(redraftHead)).toHaveLength(1);

    await h.deliver(approved!.act(double));
    const merged = double.issue(PULL)?.pull;
    expect(merged).toMatchObject({
      merged: true,
      mergedBy: "sopflow[bot]",
      headSha: redraftHead,
    });
    const mergeCall = double.calls.find((c) => c.operationId === "pulls/merge");
    // Merged at exactly the approved head, with the approval on record in the merge commit.
    expect(mergeCall?.requestBody).toMatchObject({
      sha: redraftHead,
      merge_method: "squash",
      commit_message: expect.stringMatching(
        new RegExp(
          `^Approved by @${MAINTAINER} in https://github\\.com/acme/docs/pull/${PULL}#pullrequestreview-\\d+ at ${redraftHead}\\.\n\nApproved-by: @${MAINTAINER}\nApproved-at: \\S+\nApproved-commit: ${redraftHead}\n`,
        ),
      ),
    });
    const mergeCommit = merged?.mergeCommitSha ?? "";
    expect(double.branchHead("main")).toBe(mergeCommit);
    const published = double.fileAt("main", SOP_PATH) ?? "";
    expect(published).toBe(double.fileAt(redraftHead, SOP_PATH));
    // Nothing was committed after the approval, yet the published file does not say "draft": its approval is in the merge commit.
    expect(published).toMatch(/^status: published$/m);
    expect(published).toMatch(/^approval: merge-commit$/m);
    expect(published).not.toMatch(/^status: draft$/m);
    expect(published).toContain(
      "3. Send the welcome email from the shared inbox.",
    );
    const publish = notesOf(h).at(-1);
    expect(publish?.header.step).toBe("publish");
    expect(publish?.body).toContain(
      `https://github.com/acme/docs/blob/${mergeCommit}/${SOP_PATH}`,
    );
    expect(double.issue(TASK)).toMatchObject({
      state: "closed",
      stateReason: "completed",
      labels: ["sop", "sop: published"],
    });
    expect(double.repo.labels.get("sop: published")).toMatchObject({
      color: "5319e7",
    });
    double.assertValid();
    budget.push(
      ...h.costs.map(
        (c, i) =>
          `  ${LIFECYCLE[i]?.step} (${c.event}): ${c.requests} (${c.writes})`,
      ),
    );
  });
});
