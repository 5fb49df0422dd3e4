import type { CommentRecord, RepoRecord } from "../state/records.js";
import type { World } from "../state/world.js";
import { authorAssociation } from "./author-association.js";
import { renderReactions } from "./render-reactions.js";
import { renderUser } from "./render-user.js";
import { nodeId, repoApiUrl, repoWebUrl } from "./urls.js";

/** An `issue-comment`. */
export function renderComment(input: {
  world: World;
  repo: RepoRecord;
  comment: CommentRecord;
}) {
  const { world, repo, comment } = input;
  const url = `${repoApiUrl(repo)}/issues/comments/${comment.id}`;
  const pull = repo.issues.get(comment.issueNumber)?.pull;
  return {
    id: comment.id,
    node_id: nodeId("IC_", comment.id),
    url,
    html_url: `${repoWebUrl(repo)}/${pull ? "pull" : "issues"}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApiUrl(repo)}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: renderUser(world.user(comment.author)),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(repo, comment.author),
    performed_via_github_app: null,
    reactions: renderReactions(url),
  };
}
