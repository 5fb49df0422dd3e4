import { describe, expect, it } from "vitest";
import { listNotes } from "../../src/core/notes/list-notes.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import {
  createHarness,
  MAINTAINER,
  OPERATOR,
  type Harness,
} from "./app-harness.js";
import { LIFECYCLE, PULL, SOP_PATH, TASK } from "./lifecycle-events.js";

const NOTES = "\n## Notes\n\nThe night shift keeps its own rota.\n";

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

const head = (h: Harness) => h.double.issue(PULL)?.pull?.headSha ?? "";
const sopAtHead = (h: Harness) => h.double.fileAt(head(h), SOP_PATH) ?? "";
const plain = (text: string) => text.replace(/\\(.)/g, "$1");

/** Awaiting approval, then a reviewer's own commit: a step added, one removed, a Notes section. */
async function reviewedByPush(): Promise<Harness> {
  const h = await createHarness();
  for (const { act } of LIFECYCLE.slice(0, 2)) await h.deliver(act(h.double));
  const branch = h.double.issue(PULL)?.pull?.head ?? "";
  const pushed =
    sopAtHead(h)
      .replace(
        "2. List every open incident",
        "2. Check the pager battery.\n3. List every open incident",
      )
      .replace(/\n\d\. Post the link to the handover page in #oncall\./, "") +
    NOTES;
  await h.deliver(
    h.double.pushCommit({
      branch,
      author: MAINTAINER,
      files: { [SOP_PATH]: pushed },
    }),
  );
  return h;
}

describe("an edit of the request merges into the current draft", () => {
  it("applies only the changed facts: the reviewer's added step stays, the removed step stays removed, the note lists both sides", async () => {
    const h = await reviewedByPush();
    const reviewed = parseSop(sopAtHead(h)).file;
    expect(reviewed.content.steps.map((s) => s.action)).toContain(
      "Check the pager battery.",
    );
    const body = h.double.issue(TASK)?.body ?? "";
    const edited = body
      .replace(
        "with its status and next action",
        "with its status, owner and next action",
      )
      .replace(
        "5. Post the link",
        "5. Update the on-call calendar in Opsgenie\n6. Post the link",
      );
    expect(edited).not.toBe(body);
    await h.deliver(
      h.double.editIssue({ issue: TASK, author: OPERATOR, body: edited }),
    );

    expect(
      notes(h)
        .slice(-3)
        .map((n) => n.header.step),
    ).toEqual(["capture", "draft", "walkthrough"]);
    const merged = sopAtHead(h);
    const file = parseSop(merged).file;
    const actions = file.content.steps.map((s) => s.action);
    expect(actions).toContain("Check the pager battery.");
    expect(actions).toContain(
      "List every open incident from Opsgenie with its status, owner and next action.",
    );
    expect(actions).toContain("Update the on-call calendar in Opsgenie.");
    expect(merged).not.toContain("Post the link to the handover page");
    expect(merged).toContain(NOTES);
    // Everything else is as the reviewer left it, in their order.
    const unchanged = reviewed.content.steps
      .map((s) => s.action)
      .filter((a) => !a.startsWith("List every open incident"));
    expect(actions.filter((a) => unchanged.includes(a))).toEqual(unchanged);
    // A revision of the same draft: the minor version moves, the history names who asked.
    expect(file.frontMatter.version).toBe("1.1");
    expect(file.revisions.at(-1)).toMatchObject({
      version: "1.1",
      author: "@dana (requested)",
      change: expect.stringMatching(
        /^Request edited: Reworded step 3: .*; Added step 6: "Update the on-call calendar in Opsgenie\."/,
      ),
    });

    const draft = plain(
      notes(h).find((n) => n.header.step === "draft" && n.header.revision === 2)
        ?.body ?? "",
    );
    expect(draft).toMatch(
      /#### What changed in the request\n\n- Step reworded: "List every open incident from Opsgenie with its status and next action" → "List every open incident from Opsgenie with its status, owner and next action"\n- Step added: "Update the on-call calendar in Opsgenie"\n/,
    );
    expect(draft).toMatch(
      /#### What changed in the SOP\n\n- Reworded step 3: .*\n- Added step 6: "Update the on-call calendar in Opsgenie\."\n/,
    );
    h.double.assertValid();
  });

  it("an edit that changes no captured fact changes no step", async () => {
    const h = await reviewedByPush();
    const before = parseSop(sopAtHead(h)).file.content;
    const body = h.double.issue(TASK)?.body ?? "";
    await h.deliver(
      h.double.editIssue({ issue: TASK, author: OPERATOR, body: `${body}\n` }),
    );
    expect(parseSop(sopAtHead(h)).file.content.steps).toEqual(before.steps);
  });
});
