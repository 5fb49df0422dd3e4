import { describe, expect, it } from "vitest";
import { buildWebhookEvent } from "../support/webhook-events.js";
import { renderPullSimple } from "../support/github-double/factories/render-pull.js";
import { renderReview } from "../support/github-double/factories/render-review.js";
import {
  createHarness,
  MAINTAINER,
  OPERATOR,
  type Harness,
} from "./app-harness.js";
import { LIFECYCLE, PULL, TASK } from "./lifecycle-events.js";

/** A task waiting for approval: opened, questions answered, drafted and walked through. */
async function awaitingApproval(config?: string): Promise<Harness> {
  const h = await createHarness({ config });
  for (const { act } of LIFECYCLE.slice(0, 2)) await h.deliver(act(h.double));
  expect(h.double.issue(TASK)?.labels).toContain("sop: awaiting approval");
  return h;
}

/** The last comment's text as GitHub shows it (Markdown escapes removed). */
function lastComment(h: Harness): string {
  return (h.double.issue(TASK)?.comments.at(-1)?.body ?? "").replace(
    /\\(.)/g,
    "$1",
  );
}

function expectWaiting(h: Harness): void {
  const { double } = h;
  expect(double.issue(PULL)?.pull?.merged).toBe(false);
  expect(double.issue(TASK)).toMatchObject({
    state: "open",
    labels: ["sop", "sop: awaiting approval"],
  });
  expect(double.writes().some((c) => c.operationId === "pulls/merge")).toBe(
    false,
  );
  double.assertValid();
}

describe("approvals that do not publish", () => {
  for (const role of ["read", "triage"]) {
    it(`an approval by a ${role} user leaves a note saying why and the task waiting`, async () => {
      const h = await awaitingApproval();
      h.double.addCollaborator({ login: "rita", role });
      await h.deliver(
        h.double.submitReview({
          pull: PULL,
          author: "rita",
          state: "approved",
        }),
      );
      expect(lastComment(h)).toContain(
        `This approval does not publish the SOP: @rita has the ${role} role; approving needs write, maintain or admin.`,
      );
      expectWaiting(h);
    });
  }

  it("an approval by another bot is not acted on when it arrives, and the next event says why it did not count", async () => {
    const h = await awaitingApproval();
    h.double.addBot("helper");
    h.double.addCollaborator({ login: "helper[bot]", role: "write" });
    const comments = h.double.issue(TASK)?.comments.length;
    expect(
      await h.deliver(
        h.double.submitReview({
          pull: PULL,
          author: "helper[bot]",
          state: "approved",
        }),
      ),
    ).toBe(0);
    expect(h.double.issue(TASK)?.comments.length).toBe(comments);
    await h.deliver(
      h.double.comment({ issue: TASK, author: OPERATOR, body: "/sop status" }),
    );
    expect(lastComment(h)).toContain(
      "This approval does not publish the SOP: @helper[bot] is a bot; only a person can approve.",
    );
    expectWaiting(h);
  });

  it("an approval recorded under the app's own account never publishes", async () => {
    const h = await awaitingApproval();
    const { double } = h;
    const pull = double.issue(PULL);
    if (!pull?.pull) throw new Error("Unexpected task without a pull request");
    // GitHub refuses an author's approval; this stands for one made through the app's token some other way.
    const review = {
      id: double.world.nextId(),
      author: "sopflow[bot]",
      state: "APPROVED" as const,
      body: "",
      commitId: pull.pull.headSha,
      submittedAt: double.world.tick(),
    };
    pull.pull.reviews.push(review);
    const scope = { world: double.world, repo: double.repo };
    const event = buildWebhookEvent({
      ...scope,
      event: "pull_request_review.submitted",
      sender: "sopflow[bot]",
      parts: {
        review: {
          ...renderReview({ ...scope, pullNumber: PULL, review }),
          state: "approved",
        },
        pull_request: renderPullSimple({ ...scope, issue: pull as never }),
      },
    });
    expect(await h.deliver(event)).toBe(0);
    await h.deliver(
      double.comment({ issue: TASK, author: OPERATOR, body: "/sop status" }),
    );
    const bodies = (double.issue(TASK)?.comments ?? []).map((c) => c.body);
    expect(bodies.some((b) => /waiting for an approving review/.test(b))).toBe(
      true,
    );
    expect(lastComment(h)).toMatch(/sopflow cannot approve its own SOP/);
    expectWaiting(h);
  });

  it("an approval of an older commit says which commit it approved and what the head is now", async () => {
    const h = await awaitingApproval();
    const { double } = h;
    const older = double.issue(PULL)?.pull?.headSha ?? "";
    await h.deliver(LIFECYCLE[2]!.act(double));
    const head = double.issue(PULL)?.pull?.headSha ?? "";
    expect(head).not.toBe(older);
    await h.deliver(
      double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
        commitId: older,
      }),
    );
    expect(lastComment(h)).toContain(
      `@${MAINTAINER} approved commit ${older.slice(0, 7)}, but the pull request's head is now ${head.slice(0, 7)}; approve the current version`,
    );
    expectWaiting(h);
  });

  it("a dismissed approval does not count, even when its event arrives after the dismissal", async () => {
    const h = await awaitingApproval();
    const { double } = h;
    const approved = double.submitReview({
      pull: PULL,
      author: MAINTAINER,
      state: "approved",
    });
    const dismissed = double.dismissReview({
      pull: PULL,
      review: approved.payload.review.id,
      author: MAINTAINER,
    });
    await h.deliver(approved);
    await h.deliver(dismissed);
    expectWaiting(h);
  });

  it("the issue's author cannot approve their own SOP when require_independent_approver is on", async () => {
    const h = await awaitingApproval("require_independent_approver: true\n");
    await h.deliver(
      h.double.submitReview({
        pull: PULL,
        author: OPERATOR,
        state: "approved",
      }),
    );
    expect(lastComment(h)).toContain(
      `This approval does not publish the SOP: @${OPERATOR} asked for this SOP and \`require_independent_approver\` is on; someone else must approve.`,
    );
    expectWaiting(h);
    await h.deliver(
      h.double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(h.double.issue(PULL)?.pull?.merged).toBe(true);
  });
});
