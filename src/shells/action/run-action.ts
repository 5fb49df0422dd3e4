import { appendFile } from "node:fs/promises";
import { appendOutputs } from "./append-outputs.js";
import { describeEvent } from "./describe-event.js";
import { errorChain } from "./error-chain.js";
import { handleActionEvent, type RunProgress } from "./handle-action-event.js";
import { jobSummary, type RunSummary, type TaskLink } from "./job-summary.js";
import { readActionEnv } from "./read-action-env.js";
import { readEvent } from "./read-event.js";
import { workflowCommand } from "./workflow-command.js";

export interface ActionIo {
  env: Record<string, string | undefined>;
  /** One line to the job's log (stdout), where the runner also reads workflow commands. */
  print: (line: string) => void;
}

/**
 * The Action's runner: read the inputs and the event, handle it, then set
 * the outputs and write the job summary. Whether the job fails is decided
 * here and only here: any error below is reported with an `::error::` line
 * and a summary of what failed, and the exit code is 1.
 */
export async function runAction(io: ActionIo): Promise<number> {
  const seen: { event: string; task: TaskLink | null } & RunProgress = {
    event: io.env.GITHUB_EVENT_NAME || "(no event)",
    task: null,
    pullUrl: null,
  };
  try {
    const env = readActionEnv(io.env);
    const event = await readEvent({
      name: env.github.eventName,
      path: env.github.eventPath,
      id: env.github.runId,
    });
    Object.assign(seen, describeEvent(event, env.github.serverUrl));
    const outcome = await handleActionEvent({
      env,
      event,
      processEnv: io.env,
      progress: seen,
    });
    if (outcome.kind === "config-problem") {
      const where = outcome.posted
        ? "a comment on the issue says"
        : "an earlier comment on the issue says";
      throw new Error(
        `sopflow cannot use its configuration file (${env.inputs.configPath ?? ".github/sopflow.yml"}) for ${outcome.task}: ${where} what to fix`,
      );
    }
    const state =
      outcome.kind === "reconciled" ? (outcome.result.state ?? "") : "";
    const result: RunSummary["outcome"] =
      outcome.kind === "reconciled"
        ? {
            kind: "reconciled",
            state: outcome.result.state,
            actions: outcome.result.actions,
            reason: outcome.result.reason,
          }
        : { kind: "ignored", reason: outcome.reason };
    await report(io.env, {
      outputs: { "task-state": state, "pull-request-url": seen.pullUrl ?? "" },
      summary: { ...seen, outcome: result },
    });
    return 0;
  } catch (error) {
    const { message, causes } = errorChain(error);
    io.print(workflowCommand("error", message));
    try {
      await report(io.env, {
        outputs: { "task-state": "", "pull-request-url": seen.pullUrl ?? "" },
        summary: { ...seen, outcome: { kind: "failed", message, causes } },
      });
    } catch (reportError) {
      io.print(workflowCommand("warning", errorChain(reportError).message));
    }
    return 1;
  }
}

/** Outputs and summary go to the runner's files; run outside a runner, there are none. */
async function report(
  env: Record<string, string | undefined>,
  input: { outputs: Record<string, string>; summary: RunSummary },
): Promise<void> {
  if (env.GITHUB_OUTPUT) await appendOutputs(env.GITHUB_OUTPUT, input.outputs);
  if (!env.GITHUB_STEP_SUMMARY) return;
  try {
    await appendFile(
      env.GITHUB_STEP_SUMMARY,
      jobSummary(input.summary),
      "utf8",
    );
  } catch (error) {
    throw new Error(
      `Could not write the job summary to ${env.GITHUB_STEP_SUMMARY}`,
      { cause: error },
    );
  }
}
