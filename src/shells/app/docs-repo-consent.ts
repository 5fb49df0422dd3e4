import type { ProbotOctokit } from "probot";
import { ConfigError } from "../../core/config/validate-config.js";
import type { RepoRef } from "../../forge/github/forge-state.js";
import { CONFIG_PATH, loadConfig } from "./load-config.js";

const name = (repo: RepoRef) => `${repo.owner}/${repo.repo}`;

/**
 * Authority to write into a docs repository comes from that repository:
 * its own `.github/sopflow.yml` must list the task's repository under
 * `accept_tasks_from`. Null when it does; otherwise the problem to tell
 * the task (nothing may be created in the docs repository).
 */
export async function docsRepoConsent(input: {
  octokit: ProbotOctokit;
  task: RepoRef;
  docs: RepoRef;
}): Promise<ConfigError | null> {
  const { task, docs } = input;
  const refuse = (problem: string) =>
    new ConfigError(
      `${name(docs)} does not accept tasks from ${name(task)}`,
      `${name(task)}/${CONFIG_PATH}`,
      [{ key: "docs_repository", problem }],
    );
  const loaded = await loadConfig({
    octokit: input.octokit,
    task: { ...docs, issueNumber: 0 },
  });
  if (!loaded.ok)
    return refuse(
      `${name(docs)} has an unusable ${CONFIG_PATH}, so it accepts no tasks from other repositories`,
    );
  const accepted = loaded.config.accept_tasks_from.some(
    (r) => r.toLowerCase() === name(task).toLowerCase(),
  );
  return accepted
    ? null
    : refuse(
        `${name(docs)} does not accept tasks from ${name(task)}: it must list "${name(task)}" under \`accept_tasks_from\` in its own ${CONFIG_PATH}`,
      );
}
