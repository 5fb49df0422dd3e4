import { attempt } from "./github-error.js";
import type { ForgeState } from "./forge-state.js";

/** Close the task's issue as completed (published) or not planned (cancelled). */
export async function closeIssue(state: ForgeState, reason: "completed" | "not_planned"): Promise<void> {
  if (state.snapshot && !state.snapshot.open) return;
  await attempt(`close ${state.where}`, () => state.octokit.rest.issues.update({ ...state.issue, state: "closed", state_reason: reason }));
  if (state.snapshot) state.snapshot = { ...state.snapshot, open: false };
}
