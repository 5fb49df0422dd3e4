import { GitHubError, validationFailed } from "../http/reply.js";
import { diffStats } from "./diff-stats.js";
import { commitAt, moveBranch, resolveRef, storeCommit } from "./git.js";
import { createIssue, setIssueState } from "./issue-ops.js";
import type {
  CommitRecord,
  IssueRecord,
  PullRecord,
  RepoRecord,
  Signature,
} from "./records.js";
import type { World } from "./world.js";

export type PulledIssue = IssueRecord & { pull: PullRecord };

const pullError = (message: string) =>
  validationFailed([{ resource: "PullRequest", code: "custom", message }]);

/** Opens a pull request, refusing what GitHub refuses: unknown branches, a duplicate, nothing to merge. */
export function openPull(
  world: World,
  repo: RepoRecord,
  input: {
    head: string;
    base: string;
    title: string;
    body: string | null;
    author: string;
    draft?: boolean;
  },
): PulledIssue {
  const head = input.head.includes(":")
    ? input.head.slice(input.head.indexOf(":") + 1)
    : input.head;
  const headSha = resolveRef(repo, `heads/${head}`);
  const baseSha = resolveRef(repo, `heads/${input.base}`);
  if (baseSha === undefined)
    throw validationFailed([
      { resource: "PullRequest", field: "base", code: "invalid" },
    ]);
  if (headSha === undefined)
    throw validationFailed([
      { resource: "PullRequest", field: "head", code: "invalid" },
    ]);
  const duplicate = [...repo.issues.values()].some(
    (i) =>
      i.pull &&
      i.state === "open" &&
      i.pull.head === head &&
      i.pull.base === input.base,
  );
  if (duplicate)
    throw pullError(`A pull request already exists for ${repo.owner}:${head}.`);
  if (diffStats(repo, { base: baseSha, head: headSha }).commits === 0)
    throw pullError(`No commits between ${input.base} and ${head}`);
  const issue = createIssue(world, repo, {
    title: input.title,
    body: input.body,
    author: input.author,
  });
  issue.pull = {
    id: world.nextId(),
    head,
    base: input.base,
    headSha,
    baseSha,
    draft: input.draft ?? false,
    mergeable: true,
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    requestedReviewers: [],
    reviews: [],
    reviewComments: [],
  };
  return issue as PulledIssue;
}

// The files of a merge: the base's, with every file the head changed since the merge base
// (the double does not model conflicts; a test marks a pull unmergeable instead).
function mergedFiles(
  repo: RepoRecord,
  input: { pull: PullRecord; base: CommitRecord },
): Map<string, string> {
  const head =
    repo.commits.get(input.pull.headSha)?.files ?? new Map<string, string>();
  const files = new Map(input.base.files);
  for (const path of diffStats(repo, {
    base: input.base.sha,
    head: input.pull.headSha,
  }).changed) {
    const content = head.get(path);
    if (content === undefined) files.delete(path);
    else files.set(path, content);
  }
  return files;
}

/** Merges as GitHub's merge button does: 409 when `sha` is not the head, 405 when not mergeable. */
export function mergePull(
  world: World,
  repo: RepoRecord,
  input: {
    issue: PulledIssue;
    by: string;
    method?: "merge" | "squash" | "rebase";
    sha?: string;
    title?: string;
    message?: string;
  },
): string {
  const { issue } = input;
  const { pull } = issue;
  if (issue.state !== "open" || !pull.mergeable)
    throw new GitHubError(405, "Pull Request is not mergeable");
  if (input.sha !== undefined && input.sha !== pull.headSha)
    throw new GitHubError(
      409,
      "Head branch was modified. Review and try the merge again.",
    );
  const base = commitAt(repo, `heads/${pull.base}`);
  if (!base) throw new GitHubError(422, `Base branch ${pull.base} is missing`);
  const method = input.method ?? "merge";
  const headCommit = repo.commits.get(pull.headSha);
  const author: Signature =
    method === "merge" || !headCommit
      ? {
          name: input.by,
          email: `${world.user(input.by).id}+${input.by}@users.noreply.github.com`,
          date: world.tick(),
        }
      : { ...headCommit.author };
  const title =
    input.title ??
    (method === "merge"
      ? `Merge pull request #${issue.number} from ${repo.owner}/${pull.head}`
      : `${issue.title} (#${issue.number})`);
  const commit = storeCommit(repo, {
    parents: method === "merge" ? [base.sha, pull.headSha] : [base.sha],
    files: mergedFiles(repo, { pull, base }),
    message: input.message ? `${title}\n\n${input.message}` : title,
    author,
    committer: {
      name: "GitHub",
      email: "noreply@github.com",
      date: world.tick(),
    },
  });
  pull.baseSha = base.sha;
  moveBranch(repo, { branch: pull.base, sha: commit.sha });
  Object.assign(pull, {
    merged: true,
    mergedAt: commit.committer.date,
    mergedBy: input.by,
    mergeCommitSha: commit.sha,
  });
  setIssueState(world, {
    issue,
    state: "closed",
    by: input.by,
    reason: "completed",
  });
  return commit.sha;
}
