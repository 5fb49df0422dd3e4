import { z } from "zod";

const Login = z
  .object({ login: z.string(), type: z.string().optional() })
  .nullable();

/** The issue as an issues / issue_comment webhook shows it. */
export const PayloadIssueSchema = z.object({
  number: z.number().int(),
  html_url: z.string(),
  title: z.string(),
  body: z.string().nullable().optional(),
  user: Login.optional(),
  state: z.string(),
  labels: z.array(z.object({ name: z.string() })).optional(),
  updated_at: z.string(),
  pull_request: z.unknown().optional(),
});

/** The pull request as a pull_request / pull_request_review webhook shows it. */
export const PayloadPullSchema = z.object({
  number: z.number().int(),
  html_url: z.string(),
  state: z.string(),
  merged: z.boolean().optional(),
  merged_at: z.string().nullable(),
  merge_commit_sha: z.string().nullable(),
  merged_by: z.object({ login: z.string() }).nullable().optional(),
  user: Login,
  head: z.object({ ref: z.string(), sha: z.string() }),
  changed_files: z.number().int().optional(),
  updated_at: z.string(),
});

export type PayloadIssue = z.infer<typeof PayloadIssueSchema>;
export type PayloadPull = z.infer<typeof PayloadPullSchema>;

/** What an event's payload already shows of the task: read again only when it may be stale. */
export interface PayloadSnapshot {
  issue?: PayloadIssue;
  pull?: PayloadPull;
}

/** The issue and pull request a webhook payload carries, when they have the expected shape. */
export function payloadSnapshot(payload: unknown): PayloadSnapshot {
  const parts = (payload ?? {}) as { issue?: unknown; pull_request?: unknown };
  const issue = PayloadIssueSchema.safeParse(parts.issue);
  const pull = PayloadPullSchema.safeParse(parts.pull_request);
  return {
    ...(issue.success && issue.data.pull_request === undefined
      ? { issue: issue.data }
      : {}),
    ...(pull.success ? { pull: pull.data } : {}),
  };
}

/**
 * A payload is as new as GitHub's state when it was updated after every
 * change the app knows of: its notes (each run that moves a task on posts
 * one) and, for a pull request, the issue's last update. A redelivered or
 * long-queued payload shows up as older and is read again. Timestamps have
 * whole seconds: a tie counts as stale.
 */
export function isFresh(input: {
  updatedAt: string;
  changesAt: string[];
}): boolean {
  const updated = Date.parse(input.updatedAt);
  if (Number.isNaN(updated)) return false;
  return input.changesAt.every((at) => Date.parse(at) < updated);
}
