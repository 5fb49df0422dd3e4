import type { GitHubDouble } from "../support/github-double/github-double.js";
import {
  exampleAnswers,
  exampleRequest,
  MAINTAINER,
  OPERATOR,
} from "./app-harness.js";

export const SOP_PATH = "docs/sops/on-call-handover.md";
export const FEEDBACK =
  "Add step after 2: Send the welcome email from the shared inbox";
const LONG_STEP =
  "4. Walk the incoming engineer through the handover page on a call, covering each open incident with its current owner and next action, every alert that fired during the week, the checks we silenced, and the planned maintenance windows for the coming week";

/** The on-call handover request, with one step long enough that the walkthrough leaves a suggestion on it. */
export function handoverRequest(): { title: string; body: string } {
  const request = exampleRequest();
  return {
    ...request,
    body: request.body.replace(
      "4. Walk the incoming engineer through the handover page on a call",
      LONG_STEP,
    ),
  };
}

export const TASK = 1;
export const PULL = 2;

/** The line of the SOP file (at the pull request's head) that starts with `prefix`, 1-based. */
export function lineOf(double: GitHubDouble, prefix: string): number {
  const head = double.issue(PULL)?.pull?.headSha ?? "";
  const lines = (double.fileAt(head, SOP_PATH) ?? "").split("\n");
  const at = lines.findIndex((l) => l.startsWith(prefix));
  if (at < 0)
    throw new Error(`Unexpected SOP without a line starting "${prefix}"`);
  return at + 1;
}

/** A full lifecycle with one round of questions and one redraft, as the people involved act. */
export const LIFECYCLE: {
  step: string;
  act: (double: GitHubDouble) => { id: string; name: string; payload: unknown };
}[] = [
  {
    step: "issue opened",
    act: (d) =>
      d.openIssue({ ...handoverRequest(), author: OPERATOR, labels: ["sop"] }),
  },
  {
    step: "operator answers",
    act: (d) =>
      d.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
  },
  {
    step: "changes requested",
    act: (d) =>
      d.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "changes_requested",
        body: "One step is missing.",
        comments: [{ path: SOP_PATH, line: lineOf(d, "2. "), body: FEEDBACK }],
      }),
  },
  {
    step: "maintainer approves",
    act: (d) =>
      d.submitReview({ pull: PULL, author: MAINTAINER, state: "approved" }),
  },
];

/** What the task left on GitHub, for comparing two runs. */
export function taskState(double: GitHubDouble) {
  const issue = double.issue(TASK);
  const pull = double.issue(PULL);
  return {
    comments: issue?.comments.map((c) => ({
      author: c.author,
      body: c.body,
      at: c.createdAt,
    })),
    labels: issue?.labels,
    issue: [issue?.state, issue?.stateReason],
    pull: pull?.pull && {
      merged: pull.pull.merged,
      mergeCommit: pull.pull.mergeCommitSha,
      head: pull.pull.headSha,
      reviewers: pull.pull.requestedReviewers,
    },
    refs: [...double.repo.refs],
    commits: double.repo.commits.size,
    checkRuns: double.repo.checkRuns.map((r) => ({
      sha: r.headSha,
      conclusion: r.conclusion,
      annotations: r.output.annotations.length,
    })),
    labelStyles: [...double.repo.labels.values()].map((l) => [
      l.name,
      l.color,
      l.description,
    ]),
  };
}
