import type { TaskSnapshot } from "../../core/ports/forge.js";
import { attempt } from "./github-error.js";
import type { DocsRepoInfo, ForgeState } from "./forge-state.js";
import { listTaskComments } from "./list-task-comments.js";
import { isFresh, type PayloadIssue } from "./payload-snapshot.js";

type IssueData = Pick<
  PayloadIssue,
  "number" | "html_url" | "title" | "body" | "user" | "state" | "updated_at"
> & { labels: (string | { name?: string })[] };

/**
 * Read the task's issue from GitHub (as the event's payload shows it, while
 * that is fresh) with every comment; the pull request is read apart, when
 * the workflow names one.
 */
export async function loadIssue(state: ForgeState): Promise<TaskSnapshot> {
  const { octokit, issue: params, where } = state;
  const { botLogin, payload, comments: known } = state.options;
  const readIssue = async (): Promise<IssueData> =>
    (
      await attempt(`read issue ${where}`, () =>
        octokit.rest.issues.get(params),
      )
    ).data;
  const [comments, docsInfo, fetched] = await Promise.all([
    known ??
      listTaskComments({
        octokit,
        owner: params.owner,
        repo: params.repo,
        issueNumber: params.issue_number,
        botLogin,
      }),
    readDocsInfo(state),
    payload?.issue ? null : readIssue(),
  ]);
  const notesAt = comments
    .filter((c) => c.authorKind === "self")
    .map((c) => c.createdAt);
  const shown =
    payload?.issue &&
    isFresh({ updatedAt: payload.issue.updated_at, changesAt: notesAt })
      ? { ...payload.issue, labels: payload.issue.labels ?? [] }
      : null;
  const issue = fetched ?? shown ?? (await readIssue());
  const snapshot: TaskSnapshot = {
    number: issue.number,
    url: issue.html_url,
    title: issue.title,
    body: issue.body ?? "",
    author: issue.user?.login ?? "ghost",
    open: issue.state === "open",
    labels: issue.labels
      .map((l) => (typeof l === "string" ? l : (l.name ?? "")))
      .filter(Boolean),
    comments,
    pull: null,
    baseBranch: docsInfo.defaultBranch,
  };
  // A change to the issue after the event (a label or close by a run that died before its note) makes the event's pull request stale too.
  state.changesAt = [...notesAt, issue.updated_at];
  return snapshot;
}

/** The docs repository's default branch and page, from the payload when it had them. */
async function readDocsInfo(state: ForgeState): Promise<DocsRepoInfo> {
  if (state.docsInfo) return state.docsInfo;
  const { docs, octokit } = state;
  const { data } = await attempt(
    `read repository ${docs.owner}/${docs.repo}`,
    () => octokit.rest.repos.get(docs),
  );
  state.docsInfo = {
    defaultBranch: data.default_branch,
    htmlUrl: data.html_url,
  };
  return state.docsInfo;
}
