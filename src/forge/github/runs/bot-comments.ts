import type { ProbotOctokit } from "probot";
import { sameName } from "../../../core/same-name.js";
import { attempt } from "../github-error.js";
import type { RepoRef } from "../forge-state.js";

export interface BotComment {
  id: number;
  body: string;
}

/** The app's own comments on an issue (1 request per 100 comments): only these are trusted as run state. */
export async function botComments(input: {
  octokit: ProbotOctokit;
  repo: RepoRef;
  issueNumber: number;
  botLogin: string;
}): Promise<BotComment[]> {
  const { octokit, repo, issueNumber } = input;
  const all = await attempt(
    `list the comments of ${repo.owner}/${repo.repo}#${issueNumber}`,
    () =>
      octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issueNumber,
        per_page: 100,
      }),
  );
  return all
    .filter((c) => c.user !== null && sameName(c.user.login, input.botLogin))
    .map((c) => ({ id: c.id, body: c.body ?? "" }));
}
