import { renderPull, renderPullSimple } from "../factories/render-pull.js";
import {
  renderReview,
  renderReviewComment,
} from "../factories/render-review.js";
import { renderCommit } from "../factories/render-git.js";
import { pagedReply } from "../http/paginate.js";
import { GitHubError, validationFailed } from "../http/reply.js";
import { setIssueState } from "../state/issue-ops.js";
import { mergePull, openPull, type PulledIssue } from "../state/pull-ops.js";
import { type Handler, bodyOf, pullOf, repoOf } from "./handler-context.js";

interface PullPatch {
  title?: string;
  body?: string;
  state?: "open" | "closed";
  base?: string;
}

/** Pull requests: the SOP's draft lives in one, its approval is a review on it, publishing merges it. */
export const pullHandlers: Record<string, Handler> = {
  "pulls/list": (context) => {
    const { world, query } = context;
    const repo = repoOf(context);
    const state = String(query.state ?? "open");
    // GitHub silently ignores a head filter without the "owner:" prefix and lists every pull.
    const head =
      typeof query.head === "string" && query.head.includes(":")
        ? query.head
        : undefined;
    const pulls = [...repo.issues.values()]
      .filter((i): i is PulledIssue => i.pull !== undefined)
      .filter((i) => state === "all" || i.state === state)
      .filter(
        (i) => head === undefined || `${repo.owner}:${i.pull.head}` === head,
      )
      .filter((i) => query.base === undefined || i.pull.base === query.base);
    // GitHub lists the newest first unless asked otherwise.
    const ordered = query.direction === "asc" ? pulls : pulls.reverse();
    return pagedReply({
      items: ordered.map((issue) => renderPullSimple({ world, repo, issue })),
      query,
      url: context.url,
    });
  },

  "pulls/create": (context) => {
    const { world } = context;
    const repo = repoOf(context);
    const input = bodyOf<{
      head: string;
      base: string;
      title?: string;
      body?: string;
      draft?: boolean;
    }>(context);
    if (input.title === undefined)
      throw validationFailed([
        { resource: "PullRequest", field: "title", code: "missing_field" },
      ]);
    const issue = openPull(world, repo, {
      head: input.head,
      base: input.base,
      title: input.title,
      body: input.body ?? null,
      author: world.caller,
      draft: input.draft,
    });
    const body = renderPull({ world, repo, issue });
    return { status: 201, body, headers: { location: body.url } };
  },

  "pulls/get": (context) => {
    const { repo, issue } = pullOf(context);
    return {
      status: 200,
      body: renderPull({ world: context.world, repo, issue }),
    };
  },

  "pulls/update": (context) => {
    const { world } = context;
    const { repo, issue } = pullOf(context);
    const patch = bodyOf<PullPatch>(context);
    if (patch.title !== undefined) issue.title = patch.title;
    if (patch.body !== undefined) issue.body = patch.body;
    if (patch.base !== undefined) issue.pull.base = patch.base;
    if (patch.state === "open" && issue.pull.merged)
      throw new GitHubError(422, "Cannot reopen a merged pull request");
    if (patch.state)
      setIssueState(world, { issue, state: patch.state, by: world.caller });
    issue.updatedAt = world.tick();
    return { status: 200, body: renderPull({ world, repo, issue }) };
  },

  "pulls/request-reviewers": (context) => {
    const { world } = context;
    const { repo, issue } = pullOf(context);
    const reviewers = bodyOf<{ reviewers?: string[] }>(context).reviewers ?? [];
    if (reviewers.includes(issue.author))
      throw new GitHubError(
        422,
        "Review cannot be requested from pull request author.",
      );
    if (
      reviewers.some(
        (login) => login !== repo.owner && !repo.collaborators.has(login),
      )
    ) {
      throw new GitHubError(
        422,
        `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`,
      );
    }
    issue.pull.requestedReviewers = [
      ...new Set([...issue.pull.requestedReviewers, ...reviewers]),
    ];
    return { status: 201, body: renderPullSimple({ world, repo, issue }) };
  },

  "pulls/merge": (context) => {
    const { world } = context;
    const { repo, issue } = pullOf(context);
    const input =
      bodyOf<{
        merge_method?: "merge" | "squash" | "rebase";
        sha?: string;
        commit_title?: string;
        commit_message?: string;
      } | null>(context) ?? {};
    const sha = mergePull(world, repo, {
      issue,
      by: world.caller,
      method: input.merge_method,
      sha: input.sha,
      title: input.commit_title,
      message: input.commit_message,
    });
    return {
      status: 200,
      body: { sha, merged: true, message: "Pull Request successfully merged" },
    };
  },

  // The pull request's own commits: those on its head that its base branch does not hold, oldest first.
  "pulls/list-commits": (context) => {
    const { repo, issue } = pullOf(context);
    const reachable = (sha: string | undefined) => {
      const seen = new Set<string>();
      const stack = sha === undefined ? [] : [sha];
      for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
        if (seen.has(at)) continue;
        seen.add(at);
        stack.push(...(repo.commits.get(at)?.parents ?? []));
      }
      return seen;
    };
    const onBase = reachable(repo.refs.get(`heads/${issue.pull.base}`));
    const own = [...reachable(issue.pull.headSha)]
      .filter((sha) => !onBase.has(sha))
      .map((sha) => repo.commits.get(sha))
      .filter((c) => c !== undefined)
      .sort((a, b) => (a.committer.date < b.committer.date ? -1 : 1));
    const items = own.map((commit) =>
      renderCommit({ world: context.world, repo, commit }),
    );
    return pagedReply({ items, query: context.query, url: context.url });
  },

  "pulls/list-reviews": (context) => {
    const { repo, issue } = pullOf(context);
    const items = issue.pull.reviews.map((review) =>
      renderReview({
        world: context.world,
        repo,
        pullNumber: issue.number,
        review,
      }),
    );
    return pagedReply({ items, query: context.query, url: context.url });
  },

  "pulls/list-review-comments": (context) => {
    const { repo, issue } = pullOf(context);
    const items = issue.pull.reviewComments.map((comment) =>
      renderReviewComment({
        world: context.world,
        repo,
        pullNumber: issue.number,
        comment,
      }),
    );
    return pagedReply({ items, query: context.query, url: context.url });
  },
};
