import { approvers } from "./decide-checkpoint.js";
import { walkedSha } from "./decide-resume.js";
import type { RunContext } from "./run-context.js";
import type { TaskView } from "./task-view.js";

/**
 * With `require_independent_approver`, who pushed to the SOP's branch: read
 * once per run, and only when an approval waits to be judged, so the option
 * costs a request only where it matters.
 */
export async function learnPushers(
  ctx: RunContext,
  view: TaskView,
): Promise<Set<string> | undefined> {
  const { pull } = view.snapshot;
  if (
    !ctx.config.require_independent_approver ||
    !ctx.forge.pushersOf ||
    pull?.state !== "open" ||
    approvers(pull, walkedSha(view)).length === 0
  )
    return undefined;
  return new Set(await ctx.forge.pushersOf(pull.number));
}
