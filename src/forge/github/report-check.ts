import type { CheckReport } from "../../core/ports/forge.js";
import { attempt } from "./github-error.js";
import { sameName } from "../../core/same-name.js";
import type { ForgeState } from "./forge-state.js";
import { checkOutput, type CheckOutput } from "./check-output.js";
import { lookBeforeResend } from "./look-before-resend.js";

export const CHECK_NAME = "SOP walkthrough";

/** The walkthrough's findings as a completed check run on the commit, annotations on the SOP's lines. */
export async function reportCheck(
  state: ForgeState,
  report: CheckReport,
): Promise<void> {
  const { octokit, docs } = state;
  const output = checkOutput(report);
  const { conclusion, title, summary, batches } = output;
  const [first = [], ...rest] = batches;
  const where = `${docs.owner}/${docs.repo}@${report.sha.slice(0, 7)}`;
  const find = (annotations: number) =>
    findReported(state, { sha: report.sha, output, annotations, where });
  // A commit this run made has no report yet; any other may, from a run that died after reporting.
  if (!state.made.has(report.sha) && (await find(batches.flat().length)))
    return;
  const request = lookBeforeResend(state, async () => {
    const run = await find(first.length);
    return run ? { status: 201, data: run } : null;
  });
  const { data } = await attempt(
    `report the "${CHECK_NAME}" check on ${where}`,
    () =>
      octokit.rest.checks.create({
        ...docs,
        name: CHECK_NAME,
        head_sha: report.sha,
        status: "completed",
        conclusion,
        output: { title, summary, annotations: first },
        request,
      }),
  );
  for (const annotations of rest) {
    await attempt(
      `add annotations to the "${CHECK_NAME}" check on ${where}`,
      () =>
        octokit.rest.checks.update({
          ...docs,
          check_run_id: data.id,
          output: { title, summary, annotations },
        }),
    );
  }
}

/** The app's completed check run on the commit with this very outcome, if it reported one already. */
async function findReported(
  state: ForgeState,
  input: {
    sha: string;
    output: CheckOutput;
    annotations: number;
    where: string;
  },
): Promise<{ id: number } | null> {
  const { output } = input;
  const { data } = await attempt(
    `look for the "${CHECK_NAME}" check on ${input.where}`,
    () =>
      state.octokit.rest.checks.listForRef({
        ...state.docs,
        ref: input.sha,
        check_name: CHECK_NAME,
        filter: "latest",
        per_page: 100,
      }),
  );
  const run = data.check_runs.find(
    (r) =>
      sameName(`${r.app?.slug ?? ""}[bot]`, state.options.botLogin) &&
      r.status === "completed" &&
      r.conclusion === output.conclusion &&
      r.output.title === output.title &&
      r.output.summary === output.summary &&
      r.output.annotations_count === input.annotations,
  );
  return run ?? null;
}
