import type {
  RepoRecord,
  ReviewCommentRecord,
  ReviewRecord,
} from "../state/records.js";
import type { World } from "../state/world.js";
import { authorAssociation } from "./author-association.js";
import { renderReactions } from "./render-reactions.js";
import { renderUser } from "./render-user.js";
import { nodeId, repoApiUrl, repoWebUrl } from "./urls.js";

/** A `pull-request-review` (state uppercase, as the REST API returns it). */
export function renderReview(input: {
  world: World;
  repo: RepoRecord;
  pullNumber: number;
  review: ReviewRecord;
}) {
  const { world, repo, pullNumber, review } = input;
  const pullUrl = `${repoApiUrl(repo)}/pulls/${pullNumber}`;
  const web = `${repoWebUrl(repo)}/pull/${pullNumber}#pullrequestreview-${review.id}`;
  return {
    id: review.id,
    node_id: nodeId("PRR_", review.id),
    user: renderUser(world.user(review.author)),
    body: review.body,
    state: review.state,
    html_url: web,
    pull_request_url: pullUrl,
    author_association: authorAssociation(repo, review.author),
    _links: { html: { href: web }, pull_request: { href: pullUrl } },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
  };
}

/** A `pull-request-review-comment` on one line of the new file. */
export function renderReviewComment(input: {
  world: World;
  repo: RepoRecord;
  pullNumber: number;
  comment: ReviewCommentRecord;
}) {
  const { world, repo, pullNumber, comment } = input;
  const url = `${repoApiUrl(repo)}/pulls/comments/${comment.id}`;
  const pullUrl = `${repoApiUrl(repo)}/pulls/${pullNumber}`;
  const web = `${repoWebUrl(repo)}/pull/${pullNumber}#discussion_r${comment.id}`;
  return {
    url,
    pull_request_review_id: comment.reviewId,
    id: comment.id,
    node_id: nodeId("PRRC_", comment.id),
    diff_hunk: `@@ -0,0 +1,${comment.line} @@`,
    path: comment.path,
    commit_id: comment.commitId,
    original_commit_id: comment.commitId,
    user: renderUser(world.user(comment.author)),
    body: comment.body,
    created_at: comment.createdAt,
    updated_at: comment.createdAt,
    html_url: web,
    pull_request_url: pullUrl,
    author_association: authorAssociation(repo, comment.author),
    _links: {
      self: { href: url },
      html: { href: web },
      pull_request: { href: pullUrl },
    },
    start_line: null,
    original_start_line: null,
    start_side: null,
    line: comment.line,
    original_line: comment.line,
    side: "RIGHT",
    subject_type: "line",
    reactions: renderReactions(url),
  };
}
