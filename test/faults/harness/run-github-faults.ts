import { GITHUB_FAULTS } from "./github-fault-scenarios.js";
import { duplicatesIn } from "./task-outcome.js";

export interface GitHubFaultReport {
  scenarios: number;
  survived: number;
  /** Duplicates left on GitHub over all scenarios. */
  duplicates: number;
  failures: string[];
}

/** Every GitHub fault scenario, each on its own task; a scenario survives when it ends with its expected outcome. */
export async function runGitHubFaults(): Promise<GitHubFaultReport> {
  const failures: string[] = [];
  let duplicates = 0;
  for (const scenario of GITHUB_FAULTS) {
    let problems: string[];
    try {
      const result = await scenario.run();
      duplicates += duplicatesIn(result.double).length;
      problems = result.problems;
    } catch (error) {
      problems = [
        `the scenario itself failed: ${error instanceof Error ? error.message : String(error)}`,
      ];
    }
    if (problems.length > 0)
      failures.push(
        `${scenario.name} (expected: ${scenario.expected}):\n  ${problems.join("\n  ")}`,
      );
  }
  return {
    scenarios: GITHUB_FAULTS.length,
    survived: GITHUB_FAULTS.length - failures.length,
    duplicates,
    failures,
  };
}
