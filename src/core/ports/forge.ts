import type { RunSummary } from "../catalog/run-summary.js";
import type { Finding } from "../checks/finding.js";

/** Who wrote something: the app itself, another bot, or a person. */
export type AuthorKind = "self" | "bot" | "human";

/**
 * A user's standing on the docs repository: GitHub's `role_name` (custom
 * roles included) and the legacy `permission` their role is based on.
 */
export interface Role {
  roleName: string;
  permission: "admin" | "write" | "read" | "none";
}

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
  /** How many files the pull request changes; absent when the forge does not say. */
  changedFiles?: number;
}

/** Everything the workflow reads about a task, fetched fresh at every event. */
export interface TaskSnapshot {
  number: number;
  /** A link people can follow to the task (the issue's page, or the local task folder). */
  url: string;
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

export interface CommitFileInput {
  branch: string;
  base: string;
  path: string;
  content: string;
  message: string;
  expectedHead?: string;
  /**
   * A first draft: the file must not exist on `base`. When it does, a
   * FileExistsError carries what `base` holds, so the draft can build on it.
   */
  onlyIfNew?: boolean;
  /** What the task's notes say `path` holds at commit `sha`, so the forge need not read it again. */
  known?: { sha: string; content: string };
  /**
   * A second file the change brings along (the catalog): its new text from
   * what the branch holds after the SOP is written, or null when it needs no
   * change. Written on the same branch right after the SOP.
   */
  alongside?: {
    path: string;
    /** `runs`: each SOP's runs (by path), when the forge can list them (GitHub: the run issues). */
    update: (
      current: string | null,
      runs?: ReadonlyMap<string, RunSummary>,
    ) => string | null;
  };
}

export interface MergeInput {
  pull: number;
  sha: string;
  method: "merge" | "squash" | "rebase";
  title: string;
  message: string;
}

/** A clean-up write: done (or nothing was left to do), or refused, with the forge's reason. */
export type CleanupResult = { ok: true } | { ok: false; message: string };

export type MergeResult =
  | { ok: true; sha: string }
  | { ok: false; reason: "head-moved" | "not-mergeable"; message: string };

/**
 * The Forge port: where tasks, notes, branches and reviews live. Adapters:
 * GitHub (Octokit) and a local git repository (the CLI's `run`).
 */
export interface Forge {
  /** The task's issue and every comment on it; `pull` is whatever this run already read or opened (see loadTask). */
  loadIssue(): Promise<TaskSnapshot>;
  /** The pull request `number` with its reviews (the workflow names which: the one its draft note records). */
  loadPull(number: number): Promise<PullSnapshot>;
  /**
   * Post a comment as the app (a note or a reply). A forge may hold it back
   * until `flush` (a later load in the same run shows it already).
   */
  comment(body: string): Promise<void>;
  /**
   * Post the comments held back since the last flush: the notes of one run
   * may go out together, in as few comments as fit. Called at the end of
   * every run, also of a failed one.
   */
  flush(): Promise<void>;
  /**
   * Make `label` the only state label on the task (adds the trigger label
   * too); with `close`, close the task in the same write; with `reopen`,
   * reopen a closed one (a published SOP revised on its own issue).
   */
  setStateLabel(
    label: string,
    options?: { close?: "completed" | "not_planned"; reopen?: boolean },
  ): Promise<void>;
  readFile(ref: string, path: string): Promise<string | null>;
  /**
   * Commit one file to `branch` (created from `base` when missing) and return
   * the new head SHA, or the current one when the content is unchanged. With
   * `expectedHead`, the commit must sit directly on that SHA: when the branch
   * moved, it throws a HeadMovedError instead of committing on top.
   */
  commitFile(input: CommitFileInput): Promise<string>;
  openPull(input: {
    branch: string;
    base: string;
    title: string;
    body: string;
  }): Promise<PullSnapshot>;
  reportCheck(report: CheckReport): Promise<void>;
  requestReview(input: { pull: number; reviewers: string[] }): Promise<void>;
  roleOf(user: string): Promise<Role>;
  isTeamMember(input: { team: string; user: string }): Promise<boolean>;
  /**
   * Logins of the authors and committers of the pull request's commits (for
   * `require_independent_approver`); absent where one person holds the
   * repository (the local forge).
   */
  pushersOf?(pull: number): Promise<string[]>;
  /** Merge at exactly `sha`; `message` is the merge commit's body (the approval record). */
  merge(input: MergeInput): Promise<MergeResult>;
  /** Close the pull request unmerged (`/sop cancel`); an already closed one is done. */
  closePull(number: number): Promise<CleanupResult>;
  /** Delete the task's branch (`/sop cancel`); a branch already gone is done. */
  deleteBranch(branch: string): Promise<CleanupResult>;
  /** A stable link to `path` at commit `sha`. */
  permalink(input: { sha: string; path: string }): string;
}

/** A first draft's file already exists on the docs branch (an SOP revised by a new task). */
export class FileExistsError extends Error {
  constructor(
    readonly path: string,
    readonly content: string,
  ) {
    super(
      `Unexpected existing ${path} on the docs branch, expected a new file`,
    );
    this.name = "FileExistsError";
  }
}

/** The branch moved under a write that was meant for a known head. */
export class HeadMovedError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      `Unexpected head ${actual.slice(0, 7)}, expected ${expected.slice(0, 7)}: the branch moved`,
    );
    this.name = "HeadMovedError";
  }
}
