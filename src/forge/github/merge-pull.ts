import type { MergeInput, MergeResult } from "../../core/ports/forge.js";
import { errorText, statusOf } from "./github-error.js";
import type { ForgeState } from "./forge-state.js";
import { lookBeforeResend, type Landed } from "./look-before-resend.js";

/** Merge with the approved head SHA, so nothing pushed after the approval slips in. */
export async function mergePull(
  state: ForgeState,
  input: MergeInput,
): Promise<MergeResult> {
  const { docs } = state;
  try {
    const request = lookBeforeResend(state, () => findMerged(state, input));
    const { data } = await state.octokit.rest.pulls.merge({
      ...docs,
      pull_number: input.pull,
      sha: input.sha,
      merge_method: input.method,
      commit_title: input.title,
      commit_message: input.message,
      request,
    });
    return merged(state, { pull: input.pull, sha: data.sha });
  } catch (error) {
    const status = statusOf(error);
    if (status === 409) {
      // The approved SHA is no longer the head: learn the head now, so the run walks it instead of waiting.
      await readHead(state, input.pull);
      return { ok: false, reason: "head-moved", message: errorText(error) };
    }
    if (status === 405) {
      // Already merged at this very head (by a run that died before its note): that is the merge this step wanted.
      const sha = await mergedAt(state, input);
      if (sha) return merged(state, { pull: input.pull, sha });
      return { ok: false, reason: "not-mergeable", message: errorText(error) };
    }
    throw new Error(
      `Could not merge ${docs.owner}/${docs.repo}#${input.pull}: ${errorText(error)}`,
      { cause: error },
    );
  }
}

/** The run's view shows the merge, so the publish note that follows stands for it. */
function merged(
  state: ForgeState,
  at: { pull: number; sha: string },
): MergeResult {
  const pull = state.snapshot?.pull;
  if (state.snapshot && pull?.number === at.pull) {
    state.snapshot = {
      ...state.snapshot,
      pull: {
        ...pull,
        state: "merged",
        mergeSha: at.sha,
        mergedBy: pull.mergedBy ?? state.options.botLogin,
      },
    };
  }
  return { ok: true, sha: at.sha };
}

/** The pull request merged at this very head: a merge whose answer was lost. */
async function findMerged(
  state: ForgeState,
  input: { pull: number; sha: string },
): Promise<Landed> {
  const sha = await mergedAt(state, input);
  return sha
    ? {
        status: 200,
        data: {
          sha,
          merged: true,
          message: "Pull Request successfully merged",
        },
      }
    : null;
}

/** The merge commit when the pull request is merged with `sha` as its head, else null. */
async function mergedAt(
  state: ForgeState,
  input: { pull: number; sha: string },
): Promise<string | null> {
  const { data: pr } = await state.octokit.rest.pulls.get({
    ...state.docs,
    pull_number: input.pull,
  });
  return pr.merged && pr.head.sha === input.sha && pr.merge_commit_sha
    ? pr.merge_commit_sha
    : null;
}

/** The pull request's head as GitHub has it now; the run's view follows it. */
async function readHead(state: ForgeState, number: number): Promise<void> {
  const { data: pr } = await state.octokit.rest.pulls.get({
    ...state.docs,
    pull_number: number,
  });
  const pull = state.snapshot?.pull;
  if (!state.snapshot || pull?.number !== number || pr.state !== "open") return;
  state.heads.set(pr.head.ref, pr.head.sha);
  state.snapshot = {
    ...state.snapshot,
    pull: { ...pull, headSha: pr.head.sha, changedFiles: pr.changed_files },
  };
}
