import type { ProbotOctokit } from "probot";
import {
  scanReviewDue,
  type ReviewScanResult,
} from "../../forge/github/scan-review-due.js";
import type { Logger } from "../../core/workflow/run-context.js";
import { loadConfig } from "./load-config.js";

/**
 * The review scan for one repository that runs sopflow: read its config,
 * then scan its docs repository's default branch (the repository itself, or
 * `docs_repository`). An unusable config throws, naming the file.
 */
export async function scanRepository(input: {
  octokit: ProbotOctokit;
  owner: string;
  repo: string;
  /** The repository's default branch and web link, when the caller has them (saves a request). */
  known?: { fullName: string; ref: string; htmlUrl: string };
  configPath?: string;
  today: string;
  log: Logger;
}): Promise<ReviewScanResult> {
  const { octokit, owner, repo } = input;
  const loaded = await loadConfig({
    octokit,
    task: { owner, repo, issueNumber: 0 },
    ...(input.configPath ? { path: input.configPath } : {}),
  });
  if (!loaded.ok) throw loaded.error;
  const { config } = loaded;
  const [docsOwner = owner, docsRepo = repo] =
    config.docs_repository?.split("/") ?? [];
  const docs = { owner: docsOwner, repo: docsRepo };
  const info =
    input.known &&
    input.known.fullName.toLowerCase() ===
      `${docsOwner}/${docsRepo}`.toLowerCase()
      ? { ref: input.known.ref, htmlUrl: input.known.htmlUrl }
      : await octokit.rest.repos.get(docs).then(({ data }) => ({
          ref: data.default_branch,
          htmlUrl: data.html_url,
        }));
  return scanReviewDue({
    octokit,
    docs,
    ...info,
    config,
    today: input.today,
    log: input.log,
  });
}
