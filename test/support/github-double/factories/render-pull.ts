import { diffStats } from "../state/diff-stats.js";
import { resolveRef } from "../state/git.js";
import type { IssueRecord, PullRecord, RepoRecord } from "../state/records.js";
import type { World } from "../state/world.js";
import { authorAssociation } from "./author-association.js";
import { renderLabel } from "./render-label.js";
import { renderRepository } from "./render-repository.js";
import { renderUser } from "./render-user.js";
import { nodeId, repoApiUrl, repoWebUrl } from "./urls.js";

type Pulled = IssueRecord & { pull: PullRecord };

function branchEnd(input: {
  world: World;
  repo: RepoRecord;
  ref: string;
  sha: string;
}) {
  const { world, repo } = input;
  return {
    label: `${repo.owner}:${input.ref}`,
    ref: input.ref,
    sha: input.sha,
    user: renderUser(world.user(repo.owner)),
    repo: renderRepository({ world, repo }),
  };
}

/** A `pull-request-simple` (lists, review requests). */
export function renderPullSimple(input: {
  world: World;
  repo: RepoRecord;
  issue: Pulled;
}) {
  const { world, repo, issue } = input;
  const { pull } = issue;
  const api = repoApiUrl(repo);
  const url = `${api}/pulls/${issue.number}`;
  const web = `${repoWebUrl(repo)}/pull/${issue.number}`;
  const link = (href: string) => ({ href });
  const baseSha = pull.merged
    ? pull.baseSha
    : (resolveRef(repo, `heads/${pull.base}`) ?? pull.baseSha);
  return {
    url,
    id: pull.id,
    node_id: nodeId("PR_", pull.id),
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${api}/issues/${issue.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: renderUser(world.user(issue.author)),
    body: issue.body,
    labels: issue.labels.flatMap((name) => {
      const label = repo.labels.get(name.toLowerCase());
      return label ? [renderLabel(repo, label)] : [];
    }),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: pull.requestedReviewers.map((login) =>
      renderUser(world.user(login)),
    ),
    requested_teams: [],
    head: branchEnd({ world, repo, ref: pull.head, sha: pull.headSha }),
    base: branchEnd({ world, repo, ref: pull.base, sha: baseSha }),
    _links: {
      self: link(url),
      html: link(web),
      issue: link(`${api}/issues/${issue.number}`),
      comments: link(`${api}/issues/${issue.number}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${api}/statuses/${pull.headSha}`),
    },
    author_association: authorAssociation(repo, issue.author),
    auto_merge: null,
    draft: pull.draft,
  };
}

/** A full `pull-request` (get, create, update). */
export function renderPull(input: {
  world: World;
  repo: RepoRecord;
  issue: Pulled;
}) {
  const { world, repo, issue } = input;
  const { pull } = issue;
  const simple = renderPullSimple(input);
  const stats = diffStats(repo, { base: simple.base.sha, head: pull.headSha });
  const open = issue.state === "open";
  return {
    ...simple,
    merged: pull.merged,
    mergeable: open ? pull.mergeable : null,
    rebaseable: open ? pull.mergeable : null,
    mergeable_state: open ? (pull.mergeable ? "clean" : "dirty") : "unknown",
    merged_by: pull.mergedBy ? renderUser(world.user(pull.mergedBy)) : null,
    comments: issue.comments.length,
    review_comments: pull.reviewComments.length,
    maintainer_can_modify: false,
    commits: stats.commits,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changedFiles,
  };
}
