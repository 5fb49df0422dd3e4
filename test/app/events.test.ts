import { describe, expect, it } from "vitest";
import { listNotes } from "../../src/core/notes/list-notes.js";
import { buildWebhookEvent } from "../support/webhook-events.js";
import { renderIssue } from "../support/github-double/factories/render-issue.js";
import { renderComment } from "../support/github-double/factories/render-comment.js";
import { addComment } from "../support/github-double/state/issue-ops.js";
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
  type Harness,
} from "./app-harness.js";
import {
  handoverRequest,
  LIFECYCLE,
  PULL,
  SOP_PATH,
  TASK,
} from "./lifecycle-events.js";

function steps(h: Harness): string[] {
  const comments = h.double.issue(TASK)?.comments ?? [];
  return listNotes(
    comments.map((c) => ({
      id: String(c.id),
      author: c.author,
      authorKind: c.author === "sopflow[bot]" ? "self" : "human",
      body: c.body,
      createdAt: c.createdAt,
    })),
  ).map((n) => `${n.header.step}:${n.header.revision}`);
}

const text = (h: Harness) =>
  (h.double.issue(TASK)?.comments.at(-1)?.body ?? "").replace(/\\(.)/g, "$1");

async function awaitingApproval(): Promise<Harness> {
  const h = await createHarness();
  for (const { act } of LIFECYCLE.slice(0, 2)) await h.deliver(act(h.double));
  return h;
}

describe("which events start and move a task", () => {
  it("leaves an issue without the trigger label alone, and starts when the label is added", async () => {
    const h = await createHarness();
    const { double } = h;
    await h.deliver(
      double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["question"],
      }),
    );
    expect(double.writes()).toEqual([]);
    await h.deliver(
      double.comment({ issue: TASK, author: OPERATOR, body: "any news?" }),
    );
    expect(double.writes()).toEqual([]);
    await h.deliver(
      double.labelIssue({ issue: TASK, label: "sop", author: OPERATOR }),
    );
    expect(steps(h)).toEqual(["capture:1"]);
    expect(double.issue(TASK)?.labels).toEqual([
      "sop",
      "question",
      "sop: needs info",
    ]);
  });

  it("ignores everything a bot sends, making no request at all", async () => {
    const h = await createHarness();
    const { double } = h;
    await h.deliver(
      double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    const issue = double.issue(TASK);
    if (!issue) throw new Error("Unexpected missing issue");
    double.addBot("helper");
    for (const sender of ["sopflow[bot]", "helper[bot]"]) {
      const made = addComment(double.world, {
        issue,
        author: sender,
        body: "1. Every Monday",
      });
      const scope = { world: double.world, repo: double.repo };
      const event = buildWebhookEvent({
        ...scope,
        event: "issue_comment.created",
        sender,
        parts: {
          issue: renderIssue({ ...scope, issue }),
          comment: renderComment({ ...scope, comment: made }),
        },
      });
      expect(await h.deliver(event)).toBe(0);
    }
    expect(steps(h)).toEqual(["capture:1"]);
  });

  it("captures again when the request is edited while capturing", async () => {
    const h = await createHarness();
    const { double } = h;
    await h.deliver(
      double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    const body = `${handoverRequest().body}\nTrigger: Every Monday at 10:00 UTC`;
    await h.deliver(double.editIssue({ issue: TASK, author: OPERATOR, body }));
    expect(steps(h)).toEqual(["capture:1", "capture:2"]);
    expect(text(h)).toMatch(/Open questions \(3\)/);
  });

  it("answers /sop status, /sop help and an unknown command once each", async () => {
    const h = await createHarness();
    const { double } = h;
    await h.deliver(
      double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    await h.deliver(
      double.comment({ issue: TASK, author: OPERATOR, body: "/sop status" }),
    );
    expect(text(h)).toContain("**Status:** Done so far: capture (revision 1).");
    await h.deliver(
      double.comment({
        issue: TASK,
        author: OPERATOR,
        body: "/sop frobnicate",
      }),
    );
    expect(text(h)).toContain("Unknown command `/sop frobnicate`.");
    expect(text(h)).toContain("/sop retry");
    expect(steps(h)).toEqual(["capture:1", "reply:1", "reply:2"]);
  });

  it("walks a person's push to the draft again, and their earlier approval no longer counts", async () => {
    const h = await awaitingApproval();
    const { double } = h;
    const approval = double.submitReview({
      pull: PULL,
      author: MAINTAINER,
      state: "approved",
    });
    const branch = double.issue(PULL)?.pull?.head ?? "";
    const sop = double.fileAt(branch, SOP_PATH) ?? "";
    const push = double.pushCommit({
      branch,
      author: MAINTAINER,
      files: {
        [SOP_PATH]: sop.replace(
          "5. Post the link",
          "5. Post the handover page link",
        ),
      },
    });
    await h.deliver(push);
    await h.deliver(approval);
    const head = double.issue(PULL)?.pull?.headSha ?? "";
    expect(steps(h).slice(-1)).toEqual(["walkthrough:2"]);
    expect(text(h)).toContain(head.slice(0, 7));
    expect(double.checkRuns(head)).toHaveLength(1);
    expect(double.issue(PULL)?.pull?.merged).toBe(false);
    await h.deliver(
      double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(double.issue(PULL)?.pull?.merged).toBe(true);
    expect(double.fileAt("main", SOP_PATH)).toContain(
      "Post the handover page link",
    );
  });

  it("records the publish when a maintainer merges the pull request by hand", async () => {
    const h = await awaitingApproval();
    const { double } = h;
    await h.deliver(
      double.mergePullByHuman({
        pull: PULL,
        author: MAINTAINER,
        method: "merge",
      }),
    );
    expect(steps(h).slice(-1)).toEqual(["publish:1"]);
    expect(text(h)).toContain(
      `https://github.com/acme/docs/blob/${double.branchHead("main")}/${SOP_PATH}`,
    );
    expect(double.issue(TASK)).toMatchObject({
      state: "closed",
      stateReason: "completed",
      labels: ["sop", "sop: published"],
    });
  });

  it("cancels the task when the pull request is closed unmerged, and starts again when the issue is reopened", async () => {
    const h = await awaitingApproval();
    const { double } = h;
    await h.deliver(double.closePull({ pull: PULL, author: MAINTAINER }));
    expect(steps(h).slice(-1)).toEqual(["cancel:1"]);
    expect(double.issue(TASK)).toMatchObject({
      state: "closed",
      stateReason: "not_planned",
      labels: ["sop", "sop: cancelled"],
    });
    await h.deliver(double.reopenIssue({ issue: TASK, author: OPERATOR }));
    expect(steps(h).slice(-1)).toEqual(["capture:1"]);
    expect(double.issue(TASK)).toMatchObject({
      state: "open",
      labels: ["sop", "sop: needs info"],
    });
    await h.deliver(
      double.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
    );
    const pulls = [...double.repo.issues.values()].filter((i) => i.pull);
    expect(pulls.map((p) => p.state)).toEqual(["closed", "open"]);
    expect(double.issue(TASK)?.labels).toEqual([
      "sop",
      "sop: awaiting approval",
    ]);
    double.assertValid();
  });

  it("cancels on /sop cancel from the person who asked", async () => {
    const h = await awaitingApproval();
    await h.deliver(
      h.double.comment({ issue: TASK, author: OPERATOR, body: "/sop cancel" }),
    );
    expect(steps(h).slice(-1)).toEqual(["cancel:1"]);
    expect(h.double.issue(TASK)?.state).toBe("closed");
  });

  it("cancels when a person closes the task's issue before it is published", async () => {
    const h = await awaitingApproval();
    await h.deliver(
      h.double.closeIssue({
        issue: TASK,
        author: OPERATOR,
        reason: "not_planned",
      }),
    );
    expect(steps(h).slice(-1)).toEqual(["cancel:1"]);
    expect(h.double.issue(TASK)?.labels).toEqual(["sop", "sop: cancelled"]);
  });

  it("fails the delivery when GitHub fails mid-step, leaves a note saying so, and goes on after /sop retry", async () => {
    const h = await createHarness();
    const { double } = h;
    await h.deliver(
      double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    double.failNext({ route: "pulls/create", status: 502 });
    await expect(
      h.deliver(
        double.comment({
          issue: TASK,
          author: OPERATOR,
          body: exampleAnswers(),
        }),
      ),
    ).rejects.toThrow(
      /Could not open a pull request from sopflow\/1-on-call-handover in acme\/docs/,
    );
    expect(steps(h).slice(-1)).toEqual(["error:1"]);
    expect(text(h)).toContain("/sop retry");
    await h.deliver(
      double.comment({ issue: TASK, author: OPERATOR, body: "/sop retry" }),
    );
    expect(steps(h).slice(-2)).toEqual(["draft:1", "walkthrough:1"]);
    expect(double.issue(TASK)?.labels).toEqual([
      "sop",
      "sop: awaiting approval",
    ]);
  });
});
