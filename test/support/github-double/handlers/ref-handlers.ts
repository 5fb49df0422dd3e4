import { renderGitRef } from "../factories/render-git.js";
import { GitHubError, notFound } from "../http/reply.js";
import { moveBranch } from "../state/git.js";
import { type Handler, bodyOf, repoOf } from "./handler-context.js";

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
    if (!/^refs\/[^/]+\/.+/.test(input.ref)) throw new GitHubError(422, "Reference name must start with 'refs/' and have at least two slashes.");
    if (!repo.commits.has(input.sha)) throw new GitHubError(422, "Object does not exist");
    const ref = input.ref.slice("refs/".length);
    if (repo.refs.has(ref)) throw new GitHubError(422, "Reference already exists");
    if (ref.startsWith("heads/")) moveBranch(repo, { branch: ref.slice("heads/".length), sha: input.sha });
    else repo.refs.set(ref, input.sha);
    return { status: 201, body: renderGitRef({ repo, ref, sha: input.sha }) };
  },
};
