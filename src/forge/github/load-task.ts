import type { TaskComment, TaskSnapshot } from "../../core/ports/forge.js";
import { buildTaskView } from "../../core/workflow/task-view.js";
import { DraftDataSchema, readData } from "../../core/workflow/task-data.js";
import { authorKind } from "./author-kind.js";
import { attempt } from "./github-error.js";
import type { DocsRepoInfo, ForgeState } from "./forge-state.js";
import { loadPull } from "./load-pull.js";

/**
 * Read the whole task from GitHub: the issue, every comment, and — when the
 * current cycle's draft note names one — the pull request with its reviews.
 * No draft note, no pull request lookup.
 */
export async function loadTask(state: ForgeState): Promise<TaskSnapshot> {
  const { octokit, issue: params, where } = state;
  const { botLogin } = state.options;
  const [{ data: issue }, rawComments, docsInfo] = await Promise.all([
    attempt(`read issue ${where}`, () => octokit.rest.issues.get(params)),
    attempt(`read the comments of ${where}`, () => octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 })),
    readDocsInfo(state),
  ]);
  const comments: TaskComment[] = rawComments.map((c) => ({
    id: String(c.id),
    author: c.user?.login ?? "ghost",
    authorKind: authorKind(c.user, botLogin),
    body: c.body ?? "",
    createdAt: c.created_at,
  }));
  const snapshot: TaskSnapshot = {
    number: issue.number,
    url: issue.html_url,
    title: issue.title,
    body: issue.body ?? "",
    author: issue.user?.login ?? "ghost",
    open: issue.state === "open",
    labels: issue.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
    comments,
    pull: null,
    baseBranch: docsInfo.defaultBranch,
  };
  const draft = readData(DraftDataSchema, buildTaskView(snapshot).latest.draft);
  return draft ? { ...snapshot, pull: await loadPull(state, draft.pull) } : snapshot;
}

/** The docs repository's default branch and page, from the payload when it had them. */
async function readDocsInfo(state: ForgeState): Promise<DocsRepoInfo> {
  if (state.docsInfo) return state.docsInfo;
  const { docs, octokit } = state;
  const { data } = await attempt(`read repository ${docs.owner}/${docs.repo}`, () => octokit.rest.repos.get(docs));
  state.docsInfo = { defaultBranch: data.default_branch, htmlUrl: data.html_url };
  return state.docsInfo;
}
