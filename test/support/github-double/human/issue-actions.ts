import { renderComment } from "../factories/render-comment.js";
import { renderIssue } from "../factories/render-issue.js";
import { renderLabel } from "../factories/render-label.js";
import {
  addComment,
  addLabels,
  createIssue,
  ensureLabel,
  findComment,
  setIssueState,
} from "../state/issue-ops.js";
import type { IssueRecord, RepoRecord } from "../state/records.js";
import type { World } from "../state/world.js";
import { buildWebhookEvent, type WebhookEvent } from "../../webhook-events.js";

interface Scope {
  world: World;
  repo: RepoRecord;
}

function issueIn(repo: RepoRecord, number: number): IssueRecord {
  const issue = repo.issues.get(number);
  if (!issue)
    throw new Error(
      `Unexpected issue #${number}, expected one of: ${[...repo.issues.keys()].join(", ") || "none"}`,
    );
  return issue;
}

const issueEvent = <
  N extends
    | "issues.opened"
    | "issues.edited"
    | "issues.labeled"
    | "issues.unlabeled"
    | "issues.reopened"
    | "issues.closed",
>(
  scope: Scope,
  input: {
    event: N;
    issue: IssueRecord;
    sender: string;
    parts?: Record<string, unknown>;
  },
) =>
  buildWebhookEvent({
    ...scope,
    event: input.event,
    sender: input.sender,
    parts: {
      issue: renderIssue({ ...scope, issue: input.issue }),
      ...input.parts,
    },
  });

/** A person opens an issue (labels applied at once, as an issue form does). */
export function openIssue(
  scope: Scope,
  input: { title: string; body?: string; author: string; labels?: string[] },
): WebhookEvent<"issues.opened"> {
  const issue = createIssue(scope.world, scope.repo, {
    title: input.title,
    body: input.body ?? null,
    author: input.author,
    labels: input.labels,
  });
  return issueEvent(scope, {
    event: "issues.opened",
    issue,
    sender: input.author,
  });
}

export function labelIssue(
  scope: Scope,
  input: { issue: number; label: string; author: string },
): WebhookEvent<"issues.labeled"> {
  const issue = issueIn(scope.repo, input.issue);
  const label = ensureLabel(scope.world, scope.repo, input.label);
  addLabels(scope.world, scope.repo, { issue, names: [label.name] });
  issue.updatedAt = scope.world.tick();
  return issueEvent(scope, {
    event: "issues.labeled",
    issue,
    sender: input.author,
    parts: { label: renderLabel(scope.repo, label) },
  });
}

export function removeLabel(
  scope: Scope,
  input: { issue: number; label: string; author: string },
): WebhookEvent<"issues.unlabeled"> {
  const issue = issueIn(scope.repo, input.issue);
  const label = scope.repo.labels.get(input.label.toLowerCase());
  if (!label || !issue.labels.includes(label.name))
    throw new Error(
      `Unexpected label "${input.label}", expected one on issue #${issue.number}`,
    );
  issue.labels = issue.labels.filter((name) => name !== label.name);
  issue.updatedAt = scope.world.tick();
  return issueEvent(scope, {
    event: "issues.unlabeled",
    issue,
    sender: input.author,
    parts: { label: renderLabel(scope.repo, label) },
  });
}

export function editIssue(
  scope: Scope,
  input: { issue: number; author: string; title?: string; body?: string },
): WebhookEvent<"issues.edited"> {
  const issue = issueIn(scope.repo, input.issue);
  const changes: Record<string, { from: string }> = {};
  if (input.title !== undefined) changes.title = { from: issue.title };
  if (input.body !== undefined) changes.body = { from: issue.body ?? "" };
  issue.title = input.title ?? issue.title;
  issue.body = input.body ?? issue.body;
  issue.updatedAt = scope.world.tick();
  return issueEvent(scope, {
    event: "issues.edited",
    issue,
    sender: input.author,
    parts: { changes },
  });
}

export function reopenIssue(
  scope: Scope,
  input: { issue: number; author: string },
): WebhookEvent<"issues.reopened"> {
  const issue = issueIn(scope.repo, input.issue);
  setIssueState(scope.world, { issue, state: "open", by: input.author });
  return issueEvent(scope, {
    event: "issues.reopened",
    issue,
    sender: input.author,
  });
}

export function closeIssue(
  scope: Scope,
  input: {
    issue: number;
    author: string;
    reason?: "completed" | "not_planned";
  },
): WebhookEvent<"issues.closed"> {
  const issue = issueIn(scope.repo, input.issue);
  setIssueState(scope.world, {
    issue,
    state: "closed",
    by: input.author,
    reason: input.reason,
  });
  return issueEvent(scope, {
    event: "issues.closed",
    issue,
    sender: input.author,
  });
}

/** A person comments on an issue or a pull request. */
export function comment(
  scope: Scope,
  input: { issue: number; author: string; body: string },
): WebhookEvent<"issue_comment.created"> {
  const issue = issueIn(scope.repo, input.issue);
  const made = addComment(scope.world, {
    issue,
    author: input.author,
    body: input.body,
  });
  const parts = {
    issue: renderIssue({ ...scope, issue }),
    comment: renderComment({ ...scope, comment: made }),
  };
  return buildWebhookEvent({
    ...scope,
    event: "issue_comment.created",
    sender: input.author,
    parts,
  });
}

export function editComment(
  scope: Scope,
  input: { comment: number; author: string; body: string },
): WebhookEvent<"issue_comment.edited"> {
  const found = findComment(scope.repo, input.comment);
  if (!found)
    throw new Error(
      `Unexpected comment ${input.comment}, expected an existing comment`,
    );
  const from = found.comment.body;
  found.comment.body = input.body;
  found.comment.updatedAt = scope.world.tick();
  const parts = {
    issue: renderIssue({ ...scope, issue: found.issue }),
    comment: renderComment({ ...scope, comment: found.comment }),
    changes: { body: { from } },
  };
  return buildWebhookEvent({
    ...scope,
    event: "issue_comment.edited",
    sender: input.author,
    parts,
  });
}

/** A person deletes a comment (their own, or a note, as a maintainer may). */
export function deleteComment(
  scope: Scope,
  input: { comment: number; author: string },
): WebhookEvent<"issue_comment.deleted"> {
  const found = findComment(scope.repo, input.comment);
  if (!found)
    throw new Error(
      `Unexpected comment ${input.comment}, expected an existing comment`,
    );
  const gone = renderComment({ ...scope, comment: found.comment });
  found.issue.comments = found.issue.comments.filter(
    (c) => c !== found.comment,
  );
  const parts = {
    issue: renderIssue({ ...scope, issue: found.issue }),
    comment: gone,
  };
  return buildWebhookEvent({
    ...scope,
    event: "issue_comment.deleted",
    sender: input.author,
    parts,
  });
}
