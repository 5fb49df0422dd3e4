import type { CleanupResult } from "../../core/ports/forge.js";
import { errorText, statusOf } from "./github-error.js";
import type { ForgeState } from "./forge-state.js";

/** Statuses that say GitHub refused the write for good (no access, a rule): reported, not retried. */
const REFUSED = new Set([403, 404, 422]);

/** Close the task's pull request unmerged; the run's view shows it closed. */
export async function closePull(
  state: ForgeState,
  number: number,
): Promise<CleanupResult> {
  try {
    await state.octokit.rest.pulls.update({
      ...state.docs,
      pull_number: number,
      state: "closed",
    });
  } catch (error) {
    const status = statusOf(error);
    if (status !== null && REFUSED.has(status))
      return {
        ok: false,
        message: `GitHub answered ${status}: ${errorText(error)}`,
      };
    throw new Error(
      `Could not close ${state.docs.owner}/${state.docs.repo}#${number}: ${errorText(error)}`,
      { cause: error },
    );
  }
  const pull = state.snapshot?.pull;
  if (state.snapshot && pull?.number === number)
    state.snapshot = { ...state.snapshot, pull: { ...pull, state: "closed" } };
  return { ok: true };
}

/** Delete a branch of the docs repository; one that no longer exists is done already. */
export async function deleteBranch(
  state: ForgeState,
  branch: string,
): Promise<CleanupResult> {
  try {
    await state.octokit.rest.git.deleteRef({
      ...state.docs,
      ref: `heads/${branch}`,
    });
  } catch (error) {
    const status = statusOf(error);
    if (status === 422 && /reference does not exist/i.test(errorText(error)))
      return { ok: true };
    if (status !== null && REFUSED.has(status))
      return {
        ok: false,
        message: `GitHub answered ${status}: ${errorText(error)}`,
      };
    throw new Error(
      `Could not delete branch ${branch} of ${state.docs.owner}/${state.docs.repo}: ${errorText(error)}`,
      { cause: error },
    );
  }
  state.heads.delete(branch);
  return { ok: true };
}
