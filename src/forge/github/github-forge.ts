import type { Forge } from "../../core/ports/forge.js";
import { closePull, deleteBranch } from "./close-pull.js";
import { commitFile } from "./commit-file.js";
import { createForgeState, type GitHubForgeOptions } from "./forge-state.js";
import { loadIssue } from "./load-issue.js";
import { loadPull } from "./load-pull.js";
import { listPushers } from "./list-pushers.js";
import { mergePull } from "./merge-pull.js";
import { flushComments } from "./flush-comments.js";
import { openPull } from "./open-pull.js";
import { queueComment } from "./queue-comment.js";
import { isTeamMember, roleOf } from "./read-standing.js";
import { readEntry } from "./read-entry.js";
import { reportCheck } from "./report-check.js";
import { requestReview } from "./request-review.js";
import { setStateLabel } from "./set-state-label.js";

export type { GitHubForgeOptions } from "./forge-state.js";

/**
 * The Forge on GitHub, for one event's run: the first load reads the task,
 * later loads return that snapshot (and the pull request once read) as this
 * run's own writes changed it (a write-through cache: the REST budget is
 * spent on changes, not re-reads).
 * Comments wait for `flush`, which posts the run's notes together.
 */
export function createGitHubForge(options: GitHubForgeOptions): Forge {
  const state = createForgeState(options);
  const load = async () => (state.snapshot ??= await loadIssue(state));
  return {
    loadIssue: load,
    loadPull: async (number) => {
      const known = (await load()).pull;
      if (known?.number === number) return known;
      const pull = await loadPull(state, {
        number,
        changesAt: state.changesAt,
      });
      state.snapshot = { ...(state.snapshot ?? (await load())), pull };
      return pull;
    },
    comment: async (body) => {
      await load();
      queueComment(state, body);
    },
    flush: () => flushComments(state),
    setStateLabel: async (label, closing) => {
      await load();
      await setStateLabel(state, label, closing);
    },
    readFile: async (ref, path) =>
      (await readEntry(state, ref, path))?.content ?? null,
    commitFile: (input) => commitFile(state, input),
    openPull: (input) => openPull(state, input),
    reportCheck: (report) => reportCheck(state, report),
    requestReview: (input) => requestReview(state, input),
    roleOf: (user) => roleOf(state, user),
    isTeamMember: (input) => isTeamMember(state, input),
    pushersOf: (pull) => listPushers(state, pull),
    merge: (input) => mergePull(state, input),
    closePull: (number) => closePull(state, number),
    deleteBranch: (branch) => deleteBranch(state, branch),
    permalink: ({ sha, path }) => {
      const base =
        state.docsInfo?.htmlUrl ??
        `https://github.com/${state.docs.owner}/${state.docs.repo}`;
      return `${base}/blob/${sha}/${path.split("/").map(encodeURIComponent).join("/")}`;
    },
  };
}
