import type { ProbotOctokit } from "probot";
import { RUN_LABEL } from "../../../core/checklist/build-checklist.js";
import { summariseRuns } from "../../../core/checklist/summarise-runs.js";
import type { RunSummary } from "../../../core/catalog/run-summary.js";
import { attempt } from "../github-error.js";
import type { RepoRef } from "../forge-state.js";

/** Every run of the repository, summarised per SOP for the catalog: 1 request per 100 runs (the label filters them). */
export async function listRunSummaries(input: {
  octokit: ProbotOctokit;
  repo: RepoRef;
}): Promise<Map<string, RunSummary>> {
  const { octokit, repo } = input;
  const issues = await attempt(
    `list the runs of ${repo.owner}/${repo.repo}`,
    () =>
      octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repo,
        labels: RUN_LABEL,
        state: "all",
        per_page: 100,
      }),
  );
  return summariseRuns(
    issues.map((issue) => ({
      body: issue.body,
      createdAt: issue.created_at,
      url: issue.html_url,
    })),
  );
}
