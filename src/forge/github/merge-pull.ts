import type { MergeResult } from "../../core/ports/forge.js";
import { errorText, statusOf } from "./github-error.js";
import type { ForgeState } from "./forge-state.js";

/** Merge with the approved head SHA, so nothing pushed after the approval slips in. */
export async function mergePull(state: ForgeState, input: { pull: number; sha: string; method: "merge" | "squash" | "rebase"; title: string }): Promise<MergeResult> {
  const { docs } = state;
  try {
    const { data } = await state.octokit.rest.pulls.merge({ ...docs, pull_number: input.pull, sha: input.sha, merge_method: input.method, commit_title: input.title });
    const pull = state.snapshot?.pull;
    if (state.snapshot && pull?.number === input.pull) {
      state.snapshot = { ...state.snapshot, pull: { ...pull, state: "merged", mergeSha: data.sha, mergedBy: state.options.botLogin } };
    }
    return { ok: true, sha: data.sha };
  } catch (error) {
    const status = statusOf(error);
    if (status === 409) return { ok: false, reason: "head-moved", message: errorText(error) };
    if (status === 405) return { ok: false, reason: "not-mergeable", message: errorText(error) };
    throw new Error(`Could not merge ${docs.owner}/${docs.repo}#${input.pull}: ${errorText(error)}`, { cause: error });
  }
}
