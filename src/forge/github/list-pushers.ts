import { attempt } from "./github-error.js";
import type { ForgeState } from "./forge-state.js";

/**
 * Who changed the pull request's branch: the GitHub accounts of its commits'
 * authors and committers (one request for up to 100 commits). A commit whose
 * identity GitHub cannot tie to an account names nobody.
 */
export async function listPushers(
  state: ForgeState,
  pull: number,
): Promise<string[]> {
  const { octokit, docs } = state;
  const commits = await attempt(
    `read the commits of ${docs.owner}/${docs.repo}#${pull}`,
    () =>
      octokit.paginate(octokit.rest.pulls.listCommits, {
        ...docs,
        pull_number: pull,
        per_page: 100,
      }),
  );
  const logins = commits.flatMap((c) =>
    [c.author?.login, c.committer?.login].filter(
      (login): login is string => typeof login === "string" && login !== "",
    ),
  );
  return [...new Set(logins)];
}
