import { GITHUB_FAULTS } from "./github-fault-scenarios.js";

export interface GitHubFaultReport {
  scenarios: number;
  survived: number;
  failures: string[];
}

/** Every GitHub fault scenario, each on its own task; a scenario survives when it ends with its expected outcome. */
export async function runGitHubFaults(): Promise<GitHubFaultReport> {
  const failures: string[] = [];
  for (const scenario of GITHUB_FAULTS) {
    const problems = await scenario.run().catch((error: unknown) => [`the scenario itself failed: ${error instanceof Error ? error.message : String(error)}`]);
    if (problems.length > 0) failures.push(`${scenario.name} (expected: ${scenario.expected}):\n  ${problems.join("\n  ")}`);
  }
  return { scenarios: GITHUB_FAULTS.length, survived: GITHUB_FAULTS.length - failures.length, failures };
}
