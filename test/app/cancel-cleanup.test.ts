import { describe, expect, it } from "vitest";
import { listNotes } from "../../src/core/notes/list-notes.js";
import {
  createHarness,
  MAINTAINER,
  OPERATOR,
  type Harness,
} from "./app-harness.js";
import { LIFECYCLE, PULL, TASK } from "./lifecycle-events.js";

const BRANCH = "sopflow/1-on-call-handover";

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

const lastText = (h: Harness) =>
  (notes(h).at(-1)?.body ?? "").replace(/\\(.)/g, "$1");

async function awaitingApproval(): Promise<Harness> {
  const h = await createHarness();
  for (const { act } of LIFECYCLE.slice(0, 2)) await h.deliver(act(h.double));
  return h;
}

const cancel = (h: Harness) =>
  h.deliver(
    h.double.comment({ issue: TASK, author: OPERATOR, body: "/sop cancel" }),
  );

describe("/sop cancel closes the draft pull request and deletes its branch", () => {
  it("closes the pull request, deletes the branch and says so in the cancel note", async () => {
    const h = await awaitingApproval();
    expect(h.double.branchHead(BRANCH)).toBeDefined();
    await cancel(h);
    expect(notes(h).at(-1)?.header.step).toBe("cancel");
    expect(h.double.issue(TASK)?.state).toBe("closed");
    expect(h.double.issue(PULL)?.state).toBe("closed");
    expect(h.double.issue(PULL)?.pull?.merged).toBeFalsy();
    expect(h.double.branchHead(BRANCH)).toBeUndefined();
    expect(lastText(h)).toContain(
      `Closed pull request #${PULL}. Deleted branch \`${BRANCH}\`.`,
    );
    h.double.assertValid();
  });

  it("says why when GitHub refuses to delete the branch (403), and still cancels", async () => {
    const h = await awaitingApproval();
    h.double.failNext({ route: "git/delete-ref", status: 403 });
    await cancel(h);
    expect(h.double.issue(PULL)?.state).toBe("closed");
    expect(h.double.branchHead(BRANCH)).toBeDefined();
    expect(lastText(h)).toMatch(
      new RegExp(
        `Could not delete branch \`${BRANCH}\` \\(GitHub answered 403`,
      ),
    );
    h.double.assertValid();
  });

  it("says why when GitHub refuses to close the pull request (422), and leaves the branch", async () => {
    const h = await awaitingApproval();
    h.double.failNext({ route: "pulls/update", status: 422 });
    await cancel(h);
    expect(notes(h).at(-1)?.header.step).toBe("cancel");
    expect(h.double.issue(PULL)?.state).toBe("open");
    expect(h.double.branchHead(BRANCH)).toBeDefined();
    expect(lastText(h)).toContain(
      `Could not close pull request #${PULL} (GitHub answered 422`,
    );
  });

  it("finishes on the next event when the run died between closing and deleting", async () => {
    const h = await awaitingApproval();
    h.double.failNext({ route: "git/delete-ref", status: 502 });
    await expect(cancel(h)).rejects.toThrow(/Could not delete branch/);
    expect(h.double.issue(PULL)?.state).toBe("closed");
    expect(h.double.branchHead(BRANCH)).toBeDefined();
    expect(notes(h).at(-1)?.header.step).not.toBe("cancel");
    // Any later event on the task brings it forward.
    await h.deliver(
      h.double.comment({ issue: TASK, author: MAINTAINER, body: "ok" }),
    );
    expect(h.double.branchHead(BRANCH)).toBeUndefined();
    expect(notes(h).filter((n) => n.header.step === "cancel")).toHaveLength(1);
    expect(lastText(h)).toContain(`Deleted branch \`${BRANCH}\`.`);
    h.double.assertValid();
  });

  it("a later approval on the closed pull request publishes nothing and gets one reply; the task stays cancelled", async () => {
    const h = await awaitingApproval();
    await cancel(h);
    const review = () =>
      h.double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      });
    await h.deliver(review());
    expect(h.double.issue(PULL)?.pull?.merged).toBeFalsy();
    expect(notes(h).at(-1)?.header.step).toBe("reply");
    expect(lastText(h)).toContain(
      `@${MAINTAINER}: your approval of pull request #${PULL} publishes nothing: the task was cancelled`,
    );
    expect(h.double.issue(TASK)?.labels).toEqual(["sop", "sop: cancelled"]);
    const before = notes(h).length;
    await h.deliver(
      h.double.comment({ issue: TASK, author: OPERATOR, body: "/sop status" }),
    );
    expect(notes(h)).toHaveLength(before + 1);
    expect(lastText(h)).toContain("**Status:** the task is cancelled.");
    await h.deliver(
      h.double.comment({ issue: TASK, author: OPERATOR, body: "thanks" }),
    );
    expect(notes(h)).toHaveLength(before + 1);
    expect(h.double.issue(TASK)?.state).toBe("closed");
    h.double.assertValid();
  });
});
