import type { ProbotOctokit } from "probot";
import type { TaskComment } from "../../core/ports/forge.js";
import { authorKind } from "./author-kind.js";
import { attempt } from "./github-error.js";

/** Every comment of an issue, oldest first, with who wrote it (the app, another bot, a person). */
export async function listTaskComments(input: {
  octokit: ProbotOctokit;
  owner: string;
  repo: string;
  issueNumber: number;
  botLogin: string;
}): Promise<TaskComment[]> {
  const { octokit, owner, repo, issueNumber } = input;
  const raw = await attempt(
    `read the comments of ${owner}/${repo}#${issueNumber}`,
    () =>
      octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      }),
  );
  return raw.map((c) => ({
    id: String(c.id),
    author: c.user?.login ?? "ghost",
    authorKind: authorKind(c.user, input.botLogin),
    body: c.body ?? "",
    createdAt: c.created_at,
  }));
}
