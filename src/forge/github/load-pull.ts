import type {
  PullSnapshot,
  ReviewComment,
  TaskReview,
} from "../../core/ports/forge.js";
import { authorKind } from "./author-kind.js";
import { attempt } from "./github-error.js";
import type { ForgeState } from "./forge-state.js";
import { isFresh } from "./payload-snapshot.js";

const REVIEW_STATES: Record<string, TaskReview["state"]> = {
  APPROVED: "approved",
  CHANGES_REQUESTED: "changes_requested",
  COMMENTED: "commented",
  DISMISSED: "dismissed",
};

interface PullData {
  number: number;
  html_url: string;
  state: string;
  merged?: boolean;
  merged_at: string | null;
  merge_commit_sha: string | null;
  merged_by?: { login: string } | null;
  user: { login: string } | null;
  head: { ref: string; sha: string };
  changed_files?: number;
}

/** The pull request as the workflow sees it (reviews and their comments filled in by the caller). */
export function toPullSnapshot(
  pr: PullData,
  reviews: TaskReview[] = [],
  reviewComments: ReviewComment[] = [],
): PullSnapshot {
  const merged = pr.merged === true || pr.merged_at !== null;
  return {
    number: pr.number,
    url: pr.html_url,
    branch: pr.head.ref,
    headSha: pr.head.sha,
    state: merged ? "merged" : pr.state === "open" ? "open" : "closed",
    mergeSha: merged ? pr.merge_commit_sha : null,
    mergedBy: merged ? (pr.merged_by?.login ?? null) : null,
    reviews,
    reviewComments,
    ...(pr.changed_files === undefined
      ? {}
      : { changedFiles: pr.changed_files }),
  };
}

/**
 * The task's pull request (as the event's payload shows it, while that is
 * fresh) with its reviews; inline comments are read only when a review could
 * carry feedback (changes requested or commented), since nothing else uses them.
 */
export async function loadPull(
  state: ForgeState,
  input: { number: number; changesAt: string[] },
): Promise<PullSnapshot> {
  const { octokit, docs } = state;
  const { botLogin, payload } = state.options;
  const { number } = input;
  const where = `${docs.owner}/${docs.repo}#${number}`;
  const params = { ...docs, pull_number: number, per_page: 100 };
  const shown =
    payload?.pull?.number === number &&
    isFresh({ updatedAt: payload.pull.updated_at, changesAt: input.changesAt })
      ? payload.pull
      : null;
  const [pr, rawReviews] = await Promise.all([
    shown ??
      attempt(`read pull request ${where}`, () =>
        octokit.rest.pulls.get({ ...docs, pull_number: number }),
      ).then((r) => r.data),
    attempt(`read the reviews of ${where}`, () =>
      octokit.paginate(octokit.rest.pulls.listReviews, params),
    ),
  ]);
  const reviews: TaskReview[] = rawReviews.flatMap((r) => {
    const mapped = REVIEW_STATES[r.state];
    if (!mapped) return [];
    const login = r.user?.login ?? "ghost";
    return [
      {
        id: String(r.id),
        author: login,
        authorKind: authorKind(r.user, botLogin),
        state: mapped,
        commitId: r.commit_id ?? "",
        body: r.body ?? "",
        submittedAt: r.submitted_at ?? "",
      },
    ];
  });
  const withFeedback = reviews.some(
    (r) =>
      r.authorKind === "human" &&
      (r.state === "changes_requested" || r.state === "commented"),
  );
  const rawComments = withFeedback
    ? await attempt(`read the review comments of ${where}`, () =>
        octokit.paginate(octokit.rest.pulls.listReviewComments, params),
      )
    : [];
  const comments: ReviewComment[] = rawComments.map((c) => ({
    id: String(c.id),
    reviewId:
      c.pull_request_review_id === null
        ? null
        : String(c.pull_request_review_id),
    author: c.user.login,
    authorKind: authorKind(c.user, botLogin),
    body: c.body,
    path: c.path,
    line: c.line ?? c.original_line ?? null,
    createdAt: c.created_at,
  }));
  state.pullAuthor = pr.user?.login ?? null;
  const pull = toPullSnapshot(pr, reviews, comments);
  if (pull.state === "open") state.heads.set(pull.branch, pull.headSha);
  return pull;
}
