import type { Logger, Probot, ProbotOctokit } from "probot";
import { messageOf } from "../../core/message-of.js";
import { scanRepository } from "../app/scan-repository.js";

export interface InstallationsScan {
  repositories: number;
  opened: number;
}

/**
 * The App's scheduled review scan: every installation, every repository it
 * may read (archived ones skipped), the same scan the Action runs on its
 * schedule. One repository's failure does not stop the others; the failures
 * are thrown together at the end.
 */
export async function scanInstallations(input: {
  probot: Probot;
  today: string;
  log: Logger;
}): Promise<InstallationsScan> {
  const app = await input.probot.auth();
  const installations = await app.paginate(app.rest.apps.listInstallations, {
    per_page: 100,
  });
  const result: InstallationsScan = { repositories: 0, opened: 0 };
  const failures: Error[] = [];
  for (const installation of installations) {
    const octokit = await input.probot.auth(installation.id);
    const repositories = await listRepositories(octokit);
    for (const repository of repositories) {
      if (repository.archived) continue;
      const where = repository.full_name;
      try {
        const scan = await scanRepository({
          octokit,
          owner: repository.owner.login,
          repo: repository.name,
          known: {
            fullName: repository.full_name,
            ref: repository.default_branch,
            htmlUrl: repository.html_url,
          },
          today: input.today,
          log: input.log,
        });
        result.repositories++;
        result.opened += scan.opened.length;
      } catch (error) {
        failures.push(
          new Error(`Review scan of ${where}: ${messageOf(error)}`, {
            cause: error,
          }),
        );
      }
    }
  }
  input.log.info(
    { ...result, failed: failures.length },
    `Scheduled review scan: ${result.repositories} repositories, ${result.opened} review issues opened`,
  );
  if (failures.length > 0)
    throw new AggregateError(
      failures,
      `Unexpected failures in the review scan of ${failures.length} repositories, expected none`,
    );
  return result;
}

/** Page by page while pages come full: the response holds its list under `repositories`, with a count. */
async function listRepositories(octokit: ProbotOctokit) {
  const repositories: Awaited<
    ReturnType<
      ProbotOctokit["rest"]["apps"]["listReposAccessibleToInstallation"]
    >
  >["data"]["repositories"] = [];
  for (let page = 1; ; page++) {
    const { data } = await octokit.rest.apps.listReposAccessibleToInstallation({
      per_page: 100,
      page,
    });
    repositories.push(...data.repositories);
    if (
      data.repositories.length < 100 ||
      repositories.length >= data.total_count
    )
      return repositories;
  }
}
