import type { Action } from "../action.js";
import { labelFor } from "../state-labels.js";
import type { RunContext } from "../run-context.js";

/** After the publish note: the label and the closed issue follow. */
export async function runFinish(
  ctx: RunContext,
  action: Extract<Action, { kind: "finish" }>,
): Promise<void> {
  await ctx.forge.setStateLabel(
    labelFor(action.state).name,
    action.closeIssue ? { close: "completed" } : {},
  );
}
