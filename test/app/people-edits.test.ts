import { describe, expect, it } from "vitest";
import { listNotes } from "../../src/core/notes/list-notes.js";
import { runChecks } from "../../src/core/checks/run-checks.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { createHarness, MAINTAINER, type Harness } from "./app-harness.js";
import { LIFECYCLE, PULL, SOP_PATH, TASK } from "./lifecycle-events.js";

const NOTES =
  "\n## Notes\n\nAsk <!-- not Bob --> the *night* shift before 6am; see [the rota][rota].\n\n[rota]: https://wiki.example/rota\n";

function notes(h: Harness) {
  const comments = h.double.issue(TASK)?.comments ?? [];
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

async function awaitingApproval(): Promise<Harness> {
  const h = await createHarness();
  for (const { act } of LIFECYCLE.slice(0, 2)) await h.deliver(act(h.double));
  return h;
}

/** A person's commit on the SOP branch, delivered as GitHub would (pull_request.synchronize). */
async function push(h: Harness, edit: (sop: string) => string) {
  const branch = h.double.issue(PULL)?.pull?.head ?? "";
  const sop = h.double.fileAt(branch, SOP_PATH) ?? "";
  const pushed = edit(sop);
  await h.deliver(
    h.double.pushCommit({
      branch,
      author: MAINTAINER,
      files: { [SOP_PATH]: pushed },
    }),
  );
  return { pushed, pushedHead: h.double.branchHead(branch) ?? "" };
}

describe("a person's commit on the SOP branch is kept", () => {
  it("a Notes section after Revision history survives the walkthrough, which commits nothing when lint finds nothing", async () => {
    const h = await awaitingApproval();
    const headBefore = h.double.issue(PULL)?.pull?.headSha ?? "";
    const { pushed } = await push(h, (sop) => sop + NOTES);
    const pushedHead = h.double.issue(PULL)?.pull?.headSha ?? "";
    expect(pushedHead).not.toBe(headBefore);
    expect(
      runChecks({ markdown: pushed, capture: null, today: "2025-01-06" })
        .filter((f) => f.severity !== "suggestion")
        .map((f) => f.message),
    ).toEqual([
      // Only the draft's own warning: "SRE" in the Confluence access is never spelled out.
      'Unexpected undefined acronym "SRE", expected it in Definitions (or spelled out where it first appears)',
    ]);
    expect(notes(h).at(-1)?.header.step).toBe("walkthrough");
    // No "walkthrough fixes" commit: the head is the person's, the file as they pushed it.
    expect(h.double.issue(PULL)?.pull?.headSha).toBe(pushedHead);
    expect(h.double.fileAt(pushedHead, SOP_PATH)).toBe(pushed);
    expect(notes(h).at(-1)?.body).not.toContain("Fixed before sign-off");
    h.double.assertValid();
  });

  it("a fix touches only the step at fault and says so in the note; the person's other text stays byte for byte", async () => {
    const h = await awaitingApproval();
    const { pushed } = await push(h, (sop) =>
      sop
        .replace("2. ", "2. Then you ")
        .replace("## Roles", "<!-- owner: platform team -->\n\n## Roles")
        .concat(NOTES),
    );
    const head = h.double.issue(PULL)?.pull?.headSha ?? "";
    const walked = h.double.fileAt(head, SOP_PATH) ?? "";
    expect(walked).not.toBe(pushed);
    expect(walked).toContain(NOTES);
    expect(walked).toContain("<!-- owner: platform team -->");
    const changed = pushed
      .split("\n")
      .filter((line) => !walked.split("\n").includes(line));
    expect(changed).toEqual([expect.stringMatching(/^2\. Then you /)]);
    expect(notes(h).at(-1)?.body).toMatch(
      /Fixed before sign-off[\s\S]*Reworded step 2: "Then you /,
    );
  });

  it("a redraft starts from the branch's file: the person's Notes and wording stay, the feedback is applied", async () => {
    const h = await awaitingApproval();
    await push(
      h,
      (sop) =>
        sop.replace("5. Post the link", "5. Post the handover page link") +
        NOTES,
    );
    await h.deliver(
      h.double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "changes_requested",
        body: "Add step after 1: Check the pager battery",
      }),
    );
    const head = h.double.issue(PULL)?.pull?.headSha ?? "";
    const redrafted = h.double.fileAt(head, SOP_PATH) ?? "";
    expect(
      notes(h)
        .slice(-2)
        .map((n) => n.header.step),
    ).toEqual(["draft", "walkthrough"]);
    expect(redrafted).toContain("2. Check the pager battery");
    expect(redrafted).toContain("Post the handover page link");
    expect(redrafted).toContain(NOTES);
    // The revision history names the reviewer and what changed, from the diff.
    const rows = parseSop(redrafted).file.revisions;
    expect(rows[0]).toMatchObject({
      author: "@dana (requested)",
      change: "First draft from the capture",
    });
    expect(rows.at(-1)).toMatchObject({
      author: "@dana (requested), @mo (reviewed)",
      change: expect.stringMatching(
        /^Redraft for the review: Added step 2: "Check the pager battery/,
      ),
    });
    expect(rows.map((r) => r.author).join()).not.toContain("sopflow");
  });
});
