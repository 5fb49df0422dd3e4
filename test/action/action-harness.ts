import { answerLabelUpdates } from "../app/label-update-hook.js";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { serveDouble } from "./serve-double.js";

export const OPERATOR = "dana";
export const ACTIONS_BOT = "github-actions[bot]";

/**
 * The GitHub double as the workflow token sees it (it comments as
 * github-actions[bot]), served over loopback for the bundle to call.
 */
export async function servedDouble(
  files: Record<string, string> = {},
): Promise<{
  double: GitHubDouble;
  apiUrl: string;
  close: () => Promise<void>;
}> {
  const double = new GitHubDouble({
    caller: ACTIONS_BOT,
    repo: { files: { "README.md": "# docs\n", ...files } },
  });
  answerLabelUpdates(double);
  double.addCollaborator({ login: OPERATOR, role: "write" });
  const server = await serveDouble(double);
  return { double, apiUrl: server.url, close: server.close };
}

/** The workflow commands that fail a step, as the runner reads them from stdout. */
export function errorLines(stdout: string): string[] {
  return stdout.split("\n").filter((line) => line.startsWith("::error::"));
}
