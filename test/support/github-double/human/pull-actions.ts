import { renderPull, renderPullSimple } from "../factories/render-pull.js";
import { renderReview } from "../factories/render-review.js";
import { commitToBranch } from "../state/git.js";
import { setIssueState } from "../state/issue-ops.js";
import { mergePull, type PulledIssue } from "../state/pull-ops.js";
import type { RepoRecord, ReviewRecord } from "../state/records.js";
import type { World } from "../state/world.js";
import { buildWebhookEvent, type WebhookEvent } from "../../webhook-events.js";

interface Scope {
  world: World;
  repo: RepoRecord;
}

export function pullIn(repo: RepoRecord, number: number): PulledIssue {
  const issue = repo.issues.get(number);
  if (!issue?.pull)
    throw new Error(
      `Unexpected pull request #${number}, expected an existing pull request`,
    );
  return issue as PulledIssue;
}

const lower = (review: ReviewRecord) => review.state.toLowerCase();

function reviewEvent<
  N extends "pull_request_review.submitted" | "pull_request_review.dismissed",
>(
  scope: Scope,
  input: { event: N; issue: PulledIssue; review: ReviewRecord; sender: string },
) {
  // Webhooks spell the review state in lowercase, unlike the REST API.
  const review = {
    ...renderReview({
      ...scope,
      pullNumber: input.issue.number,
      review: input.review,
    }),
    state: lower(input.review),
  };
  const parts = {
    review,
    pull_request: renderPullSimple({ ...scope, issue: input.issue }),
  };
  return buildWebhookEvent({
    ...scope,
    event: input.event,
    sender: input.sender,
    parts,
  });
}

/** A person reviews a pull request, optionally with line comments on files of the head commit. */
export function submitReview(
  scope: Scope,
  input: {
    pull: number;
    author: string;
    state: "approved" | "changes_requested" | "commented";
    body?: string;
    commitId?: string;
    comments?: { path: string; line: number; body: string }[];
  },
): WebhookEvent<"pull_request_review.submitted"> {
  const { world } = scope;
  const issue = pullIn(scope.repo, input.pull);
  if (input.state !== "commented" && input.author === issue.author)
    throw new Error(
      `Unexpected review by ${input.author}: GitHub does not let authors approve or reject their own pull request`,
    );
  const submittedAt = world.tick();
  const state = input.state.toUpperCase() as ReviewRecord["state"];
  const review: ReviewRecord = {
    id: world.nextId(),
    author: input.author,
    state,
    body: input.body ?? "",
    commitId: input.commitId ?? issue.pull.headSha,
    submittedAt,
  };
  issue.pull.reviews.push(review);
  for (const line of input.comments ?? []) {
    issue.pull.reviewComments.push({
      id: world.nextId(),
      reviewId: review.id,
      author: input.author,
      body: line.body,
      path: line.path,
      line: line.line,
      commitId: review.commitId,
      createdAt: submittedAt,
    });
  }
  issue.pull.requestedReviewers = issue.pull.requestedReviewers.filter(
    (login) => login !== input.author,
  );
  issue.updatedAt = submittedAt;
  return reviewEvent(scope, {
    event: "pull_request_review.submitted",
    issue,
    review,
    sender: input.author,
  });
}

export function dismissReview(
  scope: Scope,
  input: { pull: number; review: number; author: string },
): WebhookEvent<"pull_request_review.dismissed"> {
  const issue = pullIn(scope.repo, input.pull);
  const review = issue.pull.reviews.find((r) => r.id === input.review);
  if (!review)
    throw new Error(
      `Unexpected review ${input.review}, expected one on pull request #${input.pull}`,
    );
  review.state = "DISMISSED";
  issue.updatedAt = scope.world.now();
  return reviewEvent(scope, {
    event: "pull_request_review.dismissed",
    issue,
    review,
    sender: input.author,
  });
}

function pullEvent<
  N extends "pull_request.synchronize" | "pull_request.closed",
>(
  scope: Scope,
  input: {
    event: N;
    issue: PulledIssue;
    sender: string;
    parts?: Record<string, unknown>;
  },
) {
  const parts = {
    number: input.issue.number,
    pull_request: renderPull({ ...scope, issue: input.issue }),
    ...input.parts,
  };
  return buildWebhookEvent({
    ...scope,
    event: input.event,
    sender: input.sender,
    parts,
  });
}

/** A person pushes a commit to a pull request's branch (null deletes a file). */
export function pushCommit(
  scope: Scope,
  input: {
    branch: string;
    files: Record<string, string | null>;
    author: string;
    message?: string;
  },
): WebhookEvent<"pull_request.synchronize"> {
  const issue = [...scope.repo.issues.values()].find(
    (i): i is PulledIssue =>
      i.state === "open" && i.pull?.head === input.branch,
  );
  if (!issue)
    throw new Error(
      `Unexpected push to ${input.branch}, expected the branch of an open pull request`,
    );
  const before = issue.pull.headSha;
  const user = scope.world.user(input.author);
  const author = {
    name: user.login,
    email: `${user.id}+${user.login}@users.noreply.github.com`,
    date: scope.world.tick(),
  };
  const commit = commitToBranch(scope.repo, {
    branch: input.branch,
    changes: input.files,
    message: input.message ?? "Update from review",
    author,
  });
  return pullEvent(scope, {
    event: "pull_request.synchronize",
    issue,
    sender: input.author,
    parts: { before, after: commit.sha },
  });
}

/** A person merges a pull request with the merge button (same rules as the REST merge). */
export function mergePullByHuman(
  scope: Scope,
  input: {
    pull: number;
    author: string;
    method?: "merge" | "squash" | "rebase";
  },
): WebhookEvent<"pull_request.closed"> {
  const issue = pullIn(scope.repo, input.pull);
  mergePull(scope.world, scope.repo, {
    issue,
    by: input.author,
    method: input.method,
  });
  return pullEvent(scope, {
    event: "pull_request.closed",
    issue,
    sender: input.author,
  });
}

export function closePull(
  scope: Scope,
  input: { pull: number; author: string },
): WebhookEvent<"pull_request.closed"> {
  const issue = pullIn(scope.repo, input.pull);
  setIssueState(scope.world, { issue, state: "closed", by: input.author });
  return pullEvent(scope, {
    event: "pull_request.closed",
    issue,
    sender: input.author,
  });
}
