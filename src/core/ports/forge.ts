import type { Finding } from "../checks/finding.js";

/** Who wrote something: the app itself, another bot, or a person. */
export type AuthorKind = "self" | "bot" | "human";

/** Repository role, as GitHub's permission API names it in `role_name`. */
export type Role = "admin" | "maintain" | "write" | "triage" | "read" | "none" | (string & {});

export interface TaskComment {
  id: string;
  author: string;
  authorKind: AuthorKind;
  body: string;
  createdAt: string;
}

export interface TaskReview {
  id: string;
  author: string;
  authorKind: AuthorKind;
  state: "approved" | "changes_requested" | "commented" | "dismissed";
  commitId: string;
  body: string;
  submittedAt: string;
}

export interface ReviewComment {
  id: string;
  reviewId: string | null;
  author: string;
  authorKind: AuthorKind;
  body: string;
  path: string;
  line: number | null;
  createdAt: string;
}

export interface PullSnapshot {
  number: number;
  url: string;
  branch: string;
  headSha: string;
  state: "open" | "closed" | "merged";
  mergeSha: string | null;
  mergedBy: string | null;
  reviews: TaskReview[];
  reviewComments: ReviewComment[];
}

/** Everything the workflow reads about a task, fetched fresh at every event. */
export interface TaskSnapshot {
  number: number;
  title: string;
  body: string;
  author: string;
  open: boolean;
  labels: string[];
  /** Every comment on the task, oldest first. */
  comments: TaskComment[];
  pull: PullSnapshot | null;
  /** The docs branch that publishing merges into. */
  baseBranch: string;
}

export interface CheckReport {
  sha: string;
  path: string;
  findings: Finding[];
  summary: string;
}

export type MergeResult =
  | { ok: true; sha: string }
  | { ok: false; reason: "head-moved" | "not-mergeable"; message: string };

/**
 * The Forge port: where tasks, notes, branches and reviews live. Adapters:
 * GitHub (Octokit) and a local git repository (the CLI's `run`).
 */
export interface Forge {
  load(): Promise<TaskSnapshot>;
  /** Post a comment as the app (a note or a reply). */
  comment(body: string): Promise<void>;
  /** Make `label` the only state label on the task (adds the trigger label too). */
  setStateLabel(label: string): Promise<void>;
  readFile(ref: string, path: string): Promise<string | null>;
  /** Commit one file to `branch` (created from `base` when missing); returns the new head SHA, or the current one when unchanged. */
  commitFile(input: { branch: string; base: string; path: string; content: string; message: string }): Promise<string>;
  openPull(input: { branch: string; base: string; title: string; body: string }): Promise<PullSnapshot>;
  reportCheck(report: CheckReport): Promise<void>;
  requestReview(input: { pull: number; reviewers: string[] }): Promise<void>;
  roleOf(user: string): Promise<Role>;
  isTeamMember(input: { team: string; user: string }): Promise<boolean>;
  merge(input: { pull: number; sha: string; method: "merge" | "squash" | "rebase"; title: string }): Promise<MergeResult>;
  /** A stable link to `path` at commit `sha`. */
  permalink(input: { sha: string; path: string }): string;
  closeTask(reason: "completed" | "not_planned"): Promise<void>;
}
