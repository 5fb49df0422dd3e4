import { Probot, ProbotOctokit } from "probot";
import type { ReviewScanResult } from "../../forge/github/scan-review-due.js";
import { scanRepository } from "../app/scan-repository.js";
import type { ActionEnv } from "./read-action-env.js";
import type { ActionEvent } from "./read-event.js";

// A scan makes a handful of requests: the client-side throttle would only slow it.
const Octokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  throttle: { ...(options.throttle as object), enabled: false },
}));

/**
 * The Action on its `schedule` event: read the config of the repository the
 * workflow runs in, then scan the docs repository's default branch and open
 * the review issues that are due. An unusable config fails the run.
 */
export async function runReviewScan(input: {
  env: ActionEnv;
  event: ActionEvent;
  repository: string;
  today: string;
  logLevel?: "debug" | "info" | "fatal";
}): Promise<ReviewScanResult> {
  const [owner = "", repo = ""] = input.repository.split("/");
  if (owner === "" || repo === "")
    throw new Error(
      `Unexpected GITHUB_REPOSITORY "${input.repository}", expected owner/name`,
    );
  const probot = new Probot({
    githubToken: input.env.inputs.token,
    baseUrl: input.env.github.apiUrl,
    Octokit,
    logLevel: input.logLevel ?? "info",
  });
  const octokit = await probot.auth();
  // The schedule event carries the repository (default branch and link); another docs repository is read once.
  const shown = input.event.payload["repository"] as
    | { full_name?: string; default_branch?: string; html_url?: string }
    | undefined;
  return scanRepository({
    octokit,
    owner,
    repo,
    ...(shown?.full_name && shown.default_branch && shown.html_url
      ? {
          known: {
            fullName: shown.full_name,
            ref: shown.default_branch,
            htmlUrl: shown.html_url,
          },
        }
      : {}),
    ...(input.env.inputs.configPath
      ? { configPath: input.env.inputs.configPath }
      : {}),
    today: input.today,
    log: probot.log,
  });
}
