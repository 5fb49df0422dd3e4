import type { ProbotOctokit } from "probot";
import type { TaskComment, TaskSnapshot } from "../../core/ports/forge.js";
import type { Logger } from "../../core/workflow/run-context.js";
import type { PayloadSnapshot } from "./payload-snapshot.js";

// A type alias, not an interface: Octokit's parameter types need the implicit index signature.
export type RepoRef = {
  owner: string;
  repo: string;
};

/** The docs repository as a webhook payload already shows it (saves a request). */
export interface DocsRepoInfo {
  defaultBranch: string;
  htmlUrl: string;
}

export interface GitHubForgeOptions {
  octokit: ProbotOctokit;
  /** The repository of the task's issue. */
  owner: string;
  repo: string;
  /** Where SOP files, branches and the pull request live; defaults to the issue's repository. */
  docsRepo?: RepoRef;
  docsInfo?: DocsRepoInfo;
  issueNumber: number;
  /** The app's own login, e.g. "sopflow[bot]": its comments are the notes. */
  botLogin: string;
  triggerLabel: string;
  log: Logger;
  /** The issue and pull request as the event's payload shows them: used instead of reading them while fresh. */
  payload?: PayloadSnapshot;
  /** The issue's comments when the shell has already read them for this event. */
  comments?: TaskComment[];
}

/** A file as one ref holds it; null when the ref has no such file. */
export type FileEntry = { content: string; sha: string } | null;

/**
 * One event's view of GitHub: the first load fetches, every write updates
 * it locally, so later loads in the same run cost no requests.
 */
export interface ForgeState {
  options: GitHubForgeOptions;
  octokit: ProbotOctokit;
  issue: RepoRef & { issue_number: number };
  docs: RepoRef;
  /** "owner/repo#n", for messages. */
  where: string;
  snapshot: TaskSnapshot | null;
  /** Comment bodies waiting for `flush`; the snapshot shows them already, as comments `pending-1`, `pending-2`, … */
  pending: string[];
  /** fileKey(ref, path) → what that ref holds. */
  files: Map<string, FileEntry>;
  /** Branch → head SHA, as far as this run knows. */
  heads: Map<string, string>;
  /** Commits this run made: nothing else can have reported on them yet. */
  made: Set<string>;
  pullAuthor: string | null;
  docsInfo: DocsRepoInfo | null;
  /** When the app or anyone last changed the task, as far as the issue read tells: a payload older than that is stale. */
  changesAt: string[];
}

export function createForgeState(options: GitHubForgeOptions): ForgeState {
  const docs = options.docsRepo ?? { owner: options.owner, repo: options.repo };
  return {
    options,
    octokit: options.octokit,
    issue: {
      owner: options.owner,
      repo: options.repo,
      issue_number: options.issueNumber,
    },
    docs,
    where: `${options.owner}/${options.repo}#${options.issueNumber}`,
    snapshot: null,
    pending: [],
    files: new Map(),
    heads: new Map(),
    made: new Set(),
    pullAuthor: null,
    docsInfo: options.docsInfo ?? null,
    changesAt: [],
  };
}

export function fileKey(ref: string, path: string): string {
  return `${ref}\u0000${path}`;
}
