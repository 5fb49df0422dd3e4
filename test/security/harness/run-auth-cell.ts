import { renderPullSimple } from "../../support/github-double/factories/render-pull.js";
import { renderReview } from "../../support/github-double/factories/render-review.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";
import type { ReviewRecord } from "../../support/github-double/state/records.js";
import { buildWebhookEvent } from "../../support/webhook-events.js";
import { exampleRequest } from "../../app/app-harness.js";
import { APPROVER_TEAM, type AuthCell } from "./auth-cells.js";
import { createAppRun, MAINTAINER, OPERATOR } from "./app-run.js";
import type { Delivery } from "./injection-lifecycle.js";

const TASK = 1;
const PULL = 2;

export interface EndToEndOutcome {
  /** The pull request was merged, with the head SHA the approval was recorded on. */
  published: boolean;
  /** Not merged, the issue open and labelled as awaiting approval. */
  waiting: boolean;
  /** The handler threw, or the double saw a request outside GitHub's contract. */
  problems: string[];
}

/** The reviewer the cell describes, with the cell's standing on the repository. */
function reviewerFor(double: GitHubDouble, cell: AuthCell): string {
  const login =
    cell.account === "app"
      ? double.world.app.botLogin
      : cell.reviewerIsAuthor
        ? OPERATOR
        : cell.account === "bot"
          ? "helper[bot]"
          : "rey";
  if (cell.account === "bot") double.addBot(login);
  else double.addUser(login);
  const custom = {
    "custom-write": ["docs-editor", "write"],
    "custom-read": ["docs-reader", "read"],
  } as const;
  if (cell.role === "none") double.repo.collaborators.delete(login);
  else if (cell.role === "team-member")
    double.addCollaborator({ login, role: "read" });
  else if (cell.role === "custom-write" || cell.role === "custom-read")
    double.addCollaborator({
      login,
      role: custom[cell.role][0],
      basePermission: custom[cell.role][1],
    });
  else double.addCollaborator({ login, role: cell.role });
  if (cell.role === "team-member")
    double.addTeamMember({ team: APPROVER_TEAM, login });
  return login;
}

/** A review recorded under the app's own account (GitHub refuses it through the UI; this stands for one made with its token). */
function appReview(
  double: GitHubDouble,
  input: { state: ReviewRecord["state"]; commitId: string; dismissed: boolean },
): Delivery {
  const pull = double.issue(PULL);
  if (!pull?.pull)
    throw new Error(
      "Unexpected task without a pull request, expected one awaiting approval",
    );
  const review: ReviewRecord = {
    id: double.world.nextId(),
    author: double.world.app.botLogin,
    state: input.dismissed ? "DISMISSED" : input.state,
    body: "",
    commitId: input.commitId,
    submittedAt: double.world.tick(),
  };
  pull.pull.reviews.push(review);
  const scope = { world: double.world, repo: double.repo };
  const event = input.dismissed
    ? "pull_request_review.dismissed"
    : "pull_request_review.submitted";
  const parts = {
    review: {
      ...renderReview({ ...scope, pullNumber: PULL, review }),
      state: review.state.toLowerCase(),
    },
    pull_request: renderPullSimple({ ...scope, issue: pull as never }),
  };
  return buildWebhookEvent({ ...scope, event, sender: review.author, parts });
}

/** The cell's review as the webhooks that announce it (a dismissed one: its approval, then the dismissal). */
function reviewEvents(
  double: GitHubDouble,
  review: { cell: AuthCell; reviewer: string; commitId: string },
): Delivery[] {
  const { cell, reviewer, commitId } = review;
  const dismissed = cell.state === "dismissed";
  const state = cell.state === "dismissed" ? "approved" : cell.state;
  if (cell.account === "app")
    return [
      appReview(double, {
        state: state.toUpperCase() as ReviewRecord["state"],
        commitId,
        dismissed,
      }),
    ];
  const submitted = double.submitReview({
    pull: PULL,
    author: reviewer,
    state,
    commitId,
  });
  if (!dismissed) return [submitted];
  return [
    submitted,
    double.dismissReview({
      pull: PULL,
      review: submitted.payload.review.id,
      author: MAINTAINER,
    }),
  ];
}

/**
 * One cell through the app and the GitHub double: the task is drafted and
 * waits for approval, the cell's reviewer reviews, then the operator asks
 * `/sop status` so the app reconciles even when the review's own event was
 * ignored (bots). Published means merged with the approved head.
 */
export async function runAuthCell(cell: AuthCell): Promise<EndToEndOutcome> {
  const teams =
    cell.role === "team-member"
      ? `approvers:\n  teams: [${APPROVER_TEAM}]\n`
      : "";
  const run = await createAppRun({
    // The draft keeps its open questions flagged: the publishing gate is switched off, as this matrix is about who may approve.
    config: `require_independent_approver: ${cell.independent}\nblock_publish_on: nothing\n${teams}`,
  });
  const { double } = run;
  const reviewer = reviewerFor(double, cell);
  const problems: string[] = [];
  const deliver = async (event: Delivery) => {
    const { error } = await run.deliver(event);
    if (error !== null) problems.push(String(error));
  };
  await deliver(
    double.openIssue({
      ...exampleRequest(),
      author: OPERATOR,
      labels: ["sop"],
    }),
  );
  await deliver(
    double.comment({ issue: TASK, author: OPERATOR, body: "/sop draft" }),
  );
  const approvedHead = double.issue(PULL)?.pull?.headSha ?? "";
  const commitId =
    cell.commit === "head" ? approvedHead : (double.branchHead("main") ?? "");
  for (const event of reviewEvents(double, { cell, reviewer, commitId }))
    await deliver(event);
  await deliver(
    double.comment({ issue: TASK, author: OPERATOR, body: "/sop status" }),
  );

  problems.push(...double.violations.map((v) => v.message));
  const pull = double.issue(PULL)?.pull;
  const issue = double.issue(TASK);
  const merges = double.writes().filter((w) => w.operationId === "pulls/merge");
  const mergedSha = (merges[0]?.requestBody as { sha?: string } | undefined)
    ?.sha;
  // What merges is the approved head itself: nothing is committed after the approval.
  const onApproved =
    mergedSha !== undefined &&
    mergedSha === pull?.headSha &&
    mergedSha === approvedHead;
  return {
    published: Boolean(pull?.merged) && merges.length === 1 && onApproved,
    waiting:
      merges.length === 0 &&
      !pull?.merged &&
      issue?.state === "open" &&
      Boolean(issue?.labels.includes("sop: awaiting approval")),
    problems,
  };
}
