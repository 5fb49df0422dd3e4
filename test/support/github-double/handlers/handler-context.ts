import type { Reply } from "../http/reply.js";
import { notFound } from "../http/reply.js";
import type { IssueRecord, RepoRecord } from "../state/records.js";
import type { PulledIssue } from "../state/pull-ops.js";
import type { World } from "../state/world.js";

/** What a route handler sees: the state, and a request already checked against GitHub's description. */
export interface HandlerContext {
  world: World;
  /** Parameters typed as declared (issue_number is a number). */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The JSON body, already valid for the operation. */
  body: unknown;
  url: URL;
  headers: Headers;
}

export type Handler = (context: HandlerContext) => Reply;

/** The repository named by {owner}/{repo}, or GitHub's 404. */
export function repoOf(context: HandlerContext): RepoRecord {
  const found = context.world.repos.get(
    `${String(context.params.owner)}/${String(context.params.repo)}`.toLowerCase(),
  );
  if (!found) throw notFound();
  return found;
}

export function issueOf(context: HandlerContext): {
  repo: RepoRecord;
  issue: IssueRecord;
} {
  const repo = repoOf(context);
  const issue = repo.issues.get(
    Number(context.params.issue_number ?? context.params.pull_number),
  );
  if (!issue) throw notFound();
  return { repo, issue };
}

export function pullOf(context: HandlerContext): {
  repo: RepoRecord;
  issue: PulledIssue;
} {
  const { repo, issue } = issueOf(context);
  if (!issue.pull) throw notFound();
  return { repo, issue: issue as PulledIssue };
}

/** The request body as the handler's own shape (the contract check already ran). */
export function bodyOf<T>(context: HandlerContext): T {
  return (context.body ?? {}) as T;
}
