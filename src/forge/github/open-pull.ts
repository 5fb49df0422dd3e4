import type { PullSnapshot } from "../../core/ports/forge.js";
import { attempt, errorText, statusOf } from "./github-error.js";
import type { ForgeState } from "./forge-state.js";
import { toPullSnapshot } from "./load-pull.js";

/** Open the task's pull request; when GitHub says one already exists for the branch, that one is the task's. */
export async function openPull(
  state: ForgeState,
  input: { branch: string; base: string; title: string; body: string },
): Promise<PullSnapshot> {
  const { octokit, docs } = state;
  const where = `${docs.owner}/${docs.repo}`;
  let pr;
  try {
    ({ data: pr } = await octokit.rest.pulls.create({
      ...docs,
      head: input.branch,
      base: input.base,
      title: input.title,
      body: input.body,
    }));
  } catch (error) {
    if (statusOf(error) !== 422 || !/already exists/i.test(errorText(error))) {
      throw new Error(
        `Could not open a pull request from ${input.branch} in ${where}: ${errorText(error)}`,
        { cause: error },
      );
    }
    const { data: open } = await attempt(
      `find the open pull request from ${input.branch} in ${where}`,
      () =>
        octokit.rest.pulls.list({
          ...docs,
          head: `${docs.owner}:${input.branch}`,
          state: "open",
          per_page: 1,
        }),
    );
    pr = open[0];
    if (!pr)
      throw new Error(
        `Unexpected missing pull request from ${input.branch} in ${where}, expected the one GitHub says exists`,
        { cause: error },
      );
  }
  const pull = toPullSnapshot(pr);
  state.pullAuthor = pr.user?.login ?? null;
  state.heads.set(pull.branch, pull.headSha);
  if (state.snapshot) state.snapshot = { ...state.snapshot, pull };
  return pull;
}
