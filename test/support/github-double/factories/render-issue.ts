import type { IssueRecord, RepoRecord } from "../state/records.js";
import type { World } from "../state/world.js";
import { authorAssociation } from "./author-association.js";
import { renderLabel } from "./render-label.js";
import { renderReactions } from "./render-reactions.js";
import { renderUser } from "./render-user.js";
import { nodeId, repoApiUrl, repoWebUrl } from "./urls.js";

/** An `issue`; a pull request seen through the issues API carries `pull_request`. */
export function renderIssue(input: {
  world: World;
  repo: RepoRecord;
  issue: IssueRecord;
}) {
  const { world, repo, issue } = input;
  const url = `${repoApiUrl(repo)}/issues/${issue.number}`;
  const web = `${repoWebUrl(repo)}/${issue.pull ? "pull" : "issues"}/${issue.number}`;
  const labels = issue.labels.flatMap((name) => {
    const label = repo.labels.get(name.toLowerCase());
    return label ? [renderLabel(repo, label)] : [];
  });
  return {
    id: issue.id,
    node_id: nodeId(issue.pull ? "PR_" : "I_", issue.id),
    url,
    repository_url: repoApiUrl(repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: web,
    timeline_url: `${url}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(world.user(issue.author)),
    labels,
    assignee: issue.assignees?.[0]
      ? renderUser(world.user(issue.assignees[0]))
      : null,
    assignees: (issue.assignees ?? []).map((login) =>
      renderUser(world.user(login)),
    ),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: issue.comments.length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: issue.closedBy ? renderUser(world.user(issue.closedBy)) : null,
    author_association: authorAssociation(repo, issue.author),
    performed_via_github_app: null,
    reactions: renderReactions(url),
    ...(issue.pull
      ? {
          draft: issue.pull.draft,
          pull_request: {
            url: `${repoApiUrl(repo)}/pulls/${issue.number}`,
            html_url: web,
            diff_url: `${web}.diff`,
            patch_url: `${web}.patch`,
            merged_at: issue.pull.mergedAt,
          },
        }
      : {}),
  };
}
