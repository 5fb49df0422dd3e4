import { attempt, errorText, statusOf } from "./github-error.js";
import { fileKey, type ForgeState } from "./forge-state.js";

/** The head SHA of a docs-repository branch; the run's view of the task's pull request follows it. */
export async function readBranchHead(
  state: ForgeState,
  branch: string,
): Promise<string> {
  const { data } = await attempt(
    `read branch ${branch} of ${state.docs.owner}/${state.docs.repo}`,
    () =>
      state.octokit.rest.git.getRef({ ...state.docs, ref: `heads/${branch}` }),
  );
  const sha = data.object.sha;
  state.heads.set(branch, sha);
  const pull = state.snapshot?.pull;
  if (state.snapshot && pull?.branch === branch && pull.state === "open")
    state.snapshot = { ...state.snapshot, pull: { ...pull, headSha: sha } };
  return sha;
}

/**
 * The branch's head, creating the branch from `base` first (`created` says
 * so). Creating is tried before looking (a new draft's branch rarely
 * exists), and "already exists" falls back to reading it.
 */
export async function ensureBranch(
  state: ForgeState,
  input: { branch: string; base: string },
): Promise<{ head: string; created: boolean }> {
  const baseSha = await readBranchHead(state, input.base);
  try {
    await state.octokit.rest.git.createRef({
      ...state.docs,
      ref: `refs/heads/${input.branch}`,
      sha: baseSha,
    });
  } catch (error) {
    if (statusOf(error) === 422 && /already exists/i.test(errorText(error)))
      return {
        head: await readBranchHead(state, input.branch),
        created: false,
      };
    throw new Error(
      `Could not create branch ${input.branch} in ${state.docs.owner}/${state.docs.repo}: ${errorText(error)}`,
      { cause: error },
    );
  }
  state.heads.set(input.branch, baseSha);
  // The new branch holds what the base held: files read there are known here too.
  for (const [key, entry] of state.files) {
    const [ref, path = ""] = key.split("\u0000");
    if (ref === input.base) state.files.set(fileKey(baseSha, path), entry);
  }
  return { head: baseSha, created: true };
}
