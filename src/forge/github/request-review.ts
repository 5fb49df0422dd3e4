import { errorText, statusOf } from "./github-error.js";
import { sameName } from "../../core/same-name.js";
import type { ForgeState } from "./forge-state.js";

/**
 * Ask the reviewers for their review. "org/team" entries are team requests.
 * The app and the pull request's author cannot be asked (GitHub refuses);
 * someone GitHub will not accept as a reviewer is logged and skipped.
 */
export async function requestReview(
  state: ForgeState,
  input: { pull: number; reviewers: string[] },
): Promise<void> {
  const { botLogin, log } = state.options;
  const author = state.pullAuthor ?? botLogin;
  const names = [
    ...new Set(
      input.reviewers.map((r) => r.replace(/^@/, "").trim()).filter(Boolean),
    ),
  ];
  const users = names.filter(
    (n) => !n.includes("/") && !sameName(n, botLogin) && !sameName(n, author),
  );
  const teams = names
    .filter((n) => n.includes("/"))
    .map((n) => n.slice(n.indexOf("/") + 1));
  if (users.length === 0 && teams.length === 0) return;
  try {
    await state.octokit.rest.pulls.requestReviewers({
      ...state.docs,
      pull_number: input.pull,
      reviewers: users,
      ...(teams.length ? { team_reviewers: teams } : {}),
    });
  } catch (error) {
    const where = `${state.docs.owner}/${state.docs.repo}#${input.pull}`;
    if (statusOf(error) !== 422)
      throw new Error(
        `Could not request a review of ${where}: ${errorText(error)}`,
        { cause: error },
      );
    log.warn(
      { task: state.where, reviewers: names, err: errorText(error) },
      `GitHub did not accept the review request on ${where}`,
    );
  }
}
