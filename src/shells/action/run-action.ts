import * as core from "@actions/core";
import { describeEvent } from "./describe-event.js";
import { errorChain } from "./error-chain.js";
import { handleActionEvent, type RunProgress } from "./handle-action-event.js";
import { jobSummary, type RunSummary, type TaskLink } from "./job-summary.js";
import { readActionEnv } from "./read-action-env.js";
import { readEvent } from "./read-event.js";

/**
 * The Action's runner: read the inputs and the event, handle it, then set
 * the outputs and write the job summary. Whether the job fails is decided
 * here and only here: an error while handling is reported with an error
 * annotation and a summary of what failed; an error while reporting fails
 * the job too. Outputs, summary and annotations go through @actions/core,
 * which reads the runner's variables from `process.env`.
 */
export async function runAction(): Promise<number> {
  const seen: Seen = {
    event: process.env.GITHUB_EVENT_NAME || "(no event)",
    task: null,
    pullUrl: null,
  };
  let outcome: RunSummary["outcome"];
  try {
    outcome = await handle(seen);
  } catch (error) {
    const { message, causes } = errorChain(error);
    core.error(message);
    outcome = { kind: "failed", message, causes };
  }
  const state = outcome.kind === "reconciled" ? (outcome.state ?? "") : "";
  try {
    await report({
      outputs: { "task-state": state, "pull-request-url": seen.pullUrl ?? "" },
      summary: { ...seen, outcome },
    });
  } catch (error) {
    const { message } = errorChain(error);
    if (outcome.kind === "failed") {
      // The job fails already: what the report could not write is a footnote.
      core.warning(message);
    } else {
      core.error(message);
      return 1;
    }
  }
  return outcome.kind === "failed" ? 1 : 0;
}

type Seen = { event: string; task: TaskLink | null } & RunProgress;

/** Read the inputs and the event and handle it; `seen` learns the task and pull request as they become known. */
async function handle(seen: Seen): Promise<RunSummary["outcome"]> {
  const action = readActionEnv(process.env);
  const event = await readEvent({
    name: action.github.eventName,
    path: action.github.eventPath,
    id: action.github.runId,
  });
  if (event.name === "schedule") {
    const { runReviewScan } = await import("./run-review-scan.js");
    const scan = await runReviewScan({
      env: action,
      event,
      repository: process.env.GITHUB_REPOSITORY ?? "",
      today: new Date().toISOString().slice(0, 10),
    });
    return {
      kind: "reconciled",
      state: null,
      actions: [
        ...scan.opened.map((n) => `opened review issue #${n}`),
        ...(scan.runs?.opened ?? []).map((n) => `opened scheduled run #${n}`),
        ...(scan.runs?.reminded ?? []).map((n) => `reminded run #${n}`),
      ],
      reason: `review scan: ${scan.sops} SOPs, ${scan.due} due, ${scan.alreadyOpen} already with an open review issue`,
    };
  }
  Object.assign(seen, describeEvent(event, action.github.serverUrl));
  const outcome = await handleActionEvent({
    env: action,
    event,
    processEnv: process.env,
    progress: seen,
  });
  if (outcome.kind === "config-problem") {
    const where = outcome.posted
      ? "a comment on the issue says"
      : "an earlier comment on the issue says";
    throw new Error(
      `sopflow cannot use its configuration file (${action.inputs.configPath ?? ".github/sopflow.yml"}) for ${outcome.task}: ${where} what to fix`,
    );
  }
  return outcome.kind === "reconciled"
    ? {
        kind: "reconciled",
        state: outcome.result.state,
        actions: outcome.result.actions,
        reason: outcome.result.reason,
      }
    : { kind: "ignored", reason: outcome.reason };
}

/** Outputs and summary go to the runner's files; run outside a runner, there are none. */
async function report(input: {
  outputs: Record<string, string>;
  summary: RunSummary;
}): Promise<void> {
  const { GITHUB_OUTPUT, GITHUB_STEP_SUMMARY } = process.env;
  if (GITHUB_OUTPUT) {
    try {
      for (const [name, value] of Object.entries(input.outputs))
        core.setOutput(name, value);
    } catch (error) {
      throw new Error(`Could not write the step outputs to ${GITHUB_OUTPUT}`, {
        cause: error,
      });
    }
  }
  if (!GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(jobSummary(input.summary)).write();
  } catch (error) {
    throw new Error(
      `Could not write the job summary to ${GITHUB_STEP_SUMMARY}`,
      { cause: error },
    );
  }
}
