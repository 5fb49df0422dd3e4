import { renderCommit, renderGitRef } from "../factories/render-git.js";
import { repoApiUrl, repoWebUrl } from "../factories/urls.js";
import { GitHubError, notFound } from "../http/reply.js";
import { mergeBase } from "../state/diff-stats.js";
import { moveBranch } from "../state/git.js";
import {
  type Handler,
  type HandlerContext,
  bodyOf,
  repoOf,
} from "./handler-context.js";

function existingRef(context: HandlerContext) {
  const repo = repoOf(context);
  const ref = String(context.params.ref).replace(/^refs\//, "");
  const sha = repo.refs.get(ref);
  if (sha === undefined) throw new GitHubError(422, "Reference does not exist");
  return { repo, ref, sha };
}

/** Branches as git refs: the app creates the task's branch from the docs branch. */
export const refHandlers: Record<string, Handler> = {
  "git/get-ref": (context) => {
    const repo = repoOf(context);
    const ref = String(context.params.ref);
    const sha = repo.refs.get(ref);
    if (sha === undefined) throw notFound();
    return { status: 200, body: renderGitRef({ repo, ref, sha }) };
  },

  "git/create-ref": (context) => {
    const repo = repoOf(context);
    const input = bodyOf<{ ref: string; sha: string }>(context);
    if (!/^refs\/[^/]+\/.+/.test(input.ref))
      throw new GitHubError(
        422,
        "Reference name must start with 'refs/' and have at least two slashes.",
      );
    if (!repo.commits.has(input.sha))
      throw new GitHubError(422, "Object does not exist");
    const ref = input.ref.slice("refs/".length);
    if (repo.refs.has(ref))
      throw new GitHubError(422, "Reference already exists");
    if (ref.startsWith("heads/"))
      moveBranch(repo, {
        branch: ref.slice("heads/".length),
        sha: input.sha,
        at: context.world.now(),
      });
    else repo.refs.set(ref, input.sha);
    return { status: 201, body: renderGitRef({ repo, ref, sha: input.sha }) };
  },

  // Without force, only a fast-forward (the new commit descends from the old) is accepted.
  "git/update-ref": (context) => {
    const { repo, ref, sha } = existingRef(context);
    const input = bodyOf<{ sha: string; force?: boolean }>(context);
    if (!repo.commits.has(input.sha))
      throw new GitHubError(422, "Object does not exist");
    if (!input.force && mergeBase(repo, { base: sha, head: input.sha }) !== sha)
      throw new GitHubError(422, "Update is not a fast forward");
    if (ref.startsWith("heads/"))
      moveBranch(repo, {
        branch: ref.slice("heads/".length),
        sha: input.sha,
        at: context.world.now(),
      });
    else repo.refs.set(ref, input.sha);
    return { status: 200, body: renderGitRef({ repo, ref, sha: input.sha }) };
  },

  "git/delete-ref": (context) => {
    const { repo, ref } = existingRef(context);
    if (ref === `heads/${repo.defaultBranch}`)
      throw new GitHubError(422, "Cannot delete the default branch");
    repo.refs.delete(ref);
    return { status: 204 };
  },

  "repos/get-branch": (context) => {
    const repo = repoOf(context);
    const branch = String(context.params.branch);
    const sha = repo.refs.get(`heads/${branch}`);
    const commit = sha === undefined ? undefined : repo.commits.get(sha);
    if (!commit) throw new GitHubError(404, "Branch not found");
    const self = `${repoApiUrl(repo)}/branches/${branch}`;
    return {
      status: 200,
      body: {
        name: branch,
        commit: renderCommit({ world: context.world, repo, commit }),
        _links: { self, html: `${repoWebUrl(repo)}/tree/${branch}` },
        protected: false,
        protection: {
          enabled: false,
          required_status_checks: {
            enforcement_level: "off",
            contexts: [],
            checks: [],
          },
        },
        protection_url: `${self}/protection`,
      },
    };
  },
};
