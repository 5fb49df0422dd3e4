import type { CheckReport } from "../../core/ports/forge.js";
import { attempt } from "./github-error.js";
import type { ForgeState } from "./forge-state.js";
import { checkOutput } from "./check-output.js";

export const CHECK_NAME = "SOP walkthrough";

/** The walkthrough's findings as a completed check run on the commit, annotations on the SOP's lines. */
export async function reportCheck(state: ForgeState, report: CheckReport): Promise<void> {
  const { octokit, docs } = state;
  const { conclusion, title, summary, batches } = checkOutput(report);
  const [first = [], ...rest] = batches;
  const where = `${docs.owner}/${docs.repo}@${report.sha.slice(0, 7)}`;
  const { data } = await attempt(`report the "${CHECK_NAME}" check on ${where}`, () =>
    octokit.rest.checks.create({ ...docs, name: CHECK_NAME, head_sha: report.sha, status: "completed", conclusion, output: { title, summary, annotations: first } }),
  );
  for (const annotations of rest) {
    await attempt(`add annotations to the "${CHECK_NAME}" check on ${where}`, () =>
      octokit.rest.checks.update({ ...docs, check_run_id: data.id, output: { title, summary, annotations } }),
    );
  }
}
