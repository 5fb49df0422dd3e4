import { z } from "zod";

/** The issue an event concerns. */
export interface TaskRef {
  owner: string;
  repo: string;
  issueNumber: number;
}

/**
 * What still has to be true for the issue to be a task, checked once the
 * config (the trigger label) is known: the payload's labels, the one label
 * just added, or — when the payload cannot tell — the issue itself.
 */
export type TaskTest =
  | { kind: "labels"; labels: string[]; notesPossible: boolean }
  | { kind: "label"; label: string }
  | { kind: "labels-or-notes" };

export type EventRoute =
  | { kind: "task"; task: TaskRef; test: TaskTest }
  | { kind: "ignore"; reason: string };

/** The events the app listens to. */
export const TASK_EVENTS = [
  "issues.opened",
  "issues.labeled",
  "issues.edited",
  "issues.reopened",
  "issues.closed",
  "issue_comment.created",
  "pull_request_review.submitted",
  "pull_request_review.dismissed",
  "pull_request.synchronize",
  "pull_request.closed",
] as const;

const Named = z.object({ name: z.string() });
const Common = z.object({
  action: z.string(),
  sender: z.object({ login: z.string(), type: z.string().optional() }),
  repository: z.object({
    id: z.number().int().optional(),
    name: z.string(),
    owner: z.object({ login: z.string() }),
  }),
});
const IssuePayload = Common.extend({
  issue: z.object({
    number: z.number().int(),
    labels: z.array(Named).optional(),
    comments: z.number().int().optional(),
    pull_request: z.unknown().optional(),
  }),
  label: Named.optional(),
});
const PullPayload = Common.extend({
  pull_request: z.object({
    number: z.number().int(),
    head: z.object({
      ref: z.string(),
      // null once the fork it came from is deleted.
      repo: z.object({ id: z.number().int() }).nullable().optional(),
    }),
    body: z.string().nullable().optional(),
  }),
});

/** A task's branch: `sopflow/<issue>-<slug>`, the issue number without leading zeros. */
const TASK_BRANCH = /^sopflow\/([1-9]\d*)-/;

/**
 * Which task an event concerns, from the payload alone (no request made):
 * events sent by bots — the app included — and events outside the workflow
 * are ignored; a pull request event maps to its issue through the branch.
 */
export function routeEvent(input: {
  name: string;
  payload: unknown;
}): EventRoute {
  const action = (input.payload as { action?: unknown } | null)?.action;
  const event = `${input.name}.${typeof action === "string" ? action : ""}`;
  if (!(TASK_EVENTS as readonly string[]).includes(event))
    return ignore(`${event} is not an event sopflow handles`);
  const common = Common.safeParse(input.payload);
  if (!common.success) return ignore(`${event} has an unexpected payload`);
  const { sender, repository } = common.data;
  if (sender.type === "Bot" || sender.login.endsWith("[bot]"))
    return ignore(`${event} was sent by the bot @${sender.login}`);
  const repo = { owner: repository.owner.login, repo: repository.name };
  return input.name.startsWith("pull_request")
    ? routePull({ event, payload: input.payload, repo })
    : routeIssue({ event, payload: input.payload, repo });
}

function routeIssue(input: {
  event: string;
  payload: unknown;
  repo: { owner: string; repo: string };
}): EventRoute {
  const parsed = IssuePayload.safeParse(input.payload);
  if (!parsed.success) return ignore(`${input.event} has no issue`);
  const { issue, label } = parsed.data;
  if (issue.pull_request)
    return ignore(
      `${input.event} concerns pull request #${issue.number}, not an issue`,
    );
  const task = { ...input.repo, issueNumber: issue.number };
  const labels = (issue.labels ?? []).map((l) => l.name);
  if (input.event === "issues.labeled")
    return label
      ? { kind: "task", task, test: { kind: "label", label: label.name } }
      : ignore("issues.labeled without a label");
  // A new issue has no notes; for a new comment, the count includes that comment.
  const earlier =
    input.event === "issues.opened"
      ? 0
      : (issue.comments ?? 1) -
        (input.event === "issue_comment.created" ? 1 : 0);
  return {
    kind: "task",
    task,
    test: { kind: "labels", labels, notesPossible: earlier > 0 },
  };
}

function routePull(input: {
  event: string;
  payload: unknown;
  repo: { owner: string; repo: string };
}): EventRoute {
  const parsed = PullPayload.safeParse(input.payload);
  if (!parsed.success) return ignore(`${input.event} has no pull request`);
  const pr = parsed.data.pull_request;
  // A fork can name its branch like a task's: only the repository's own branches are tasks'.
  const headRepo = pr.head.repo?.id;
  if (headRepo === undefined || headRepo !== parsed.data.repository.id)
    return ignore(
      `pull request #${pr.number} comes from another repository (${pr.head.ref})`,
    );
  const match = TASK_BRANCH.exec(pr.head.ref);
  if (!match)
    return ignore(
      `pull request #${pr.number} is not from a sopflow branch (${pr.head.ref})`,
    );
  const issueNumber = Number(match[1]);
  return {
    kind: "task",
    task: {
      ...issueRepo({ body: pr.body ?? "", issueNumber, fallback: input.repo }),
      issueNumber,
    },
    test: { kind: "labels-or-notes" },
  };
}

/** The pull request's body links its issue; that names the issue's repository when the docs live elsewhere. */
function issueRepo(input: {
  body: string;
  issueNumber: number;
  fallback: { owner: string; repo: string };
}): { owner: string; repo: string } {
  for (const m of input.body.matchAll(
    /https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/issues\/(\d+)\b/g,
  )) {
    if (Number(m[3]) === input.issueNumber && m[1] && m[2])
      return { owner: m[1], repo: m[2] };
  }
  return input.fallback;
}

function ignore(reason: string): EventRoute {
  return { kind: "ignore", reason };
}

export function taskKey(task: TaskRef): string {
  return `${task.owner}/${task.repo}#${task.issueNumber}`;
}
