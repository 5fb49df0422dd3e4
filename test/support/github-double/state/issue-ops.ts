import type {
  CommentRecord,
  IssueRecord,
  LabelRecord,
  RepoRecord,
} from "./records.js";
import type { World } from "./world.js";

/** Opens an issue (or the issue half of a pull request) with the next number. */
export function createIssue(
  world: World,
  repo: RepoRecord,
  input: {
    title: string;
    body: string | null;
    author: string;
    labels?: string[];
  },
): IssueRecord {
  const now = world.tick();
  const issue: IssueRecord = {
    id: world.nextId(),
    number: Math.max(0, ...repo.issues.keys()) + 1,
    title: input.title,
    body: input.body,
    author: input.author,
    state: "open",
    stateReason: null,
    labels: [],
    comments: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
  };
  repo.issues.set(issue.number, issue);
  addLabels(world, repo, { issue, names: input.labels ?? [] });
  return issue;
}

/** Finds a label by name, case-insensitively, creating it with GitHub's default colour when missing. */
export function ensureLabel(
  world: World,
  repo: RepoRecord,
  name: string,
): LabelRecord {
  const key = name.toLowerCase();
  let label = repo.labels.get(key);
  if (!label)
    repo.labels.set(
      key,
      (label = {
        id: world.nextId(),
        name,
        color: "ededed",
        description: null,
      }),
    );
  return label;
}

/** Adds labels an issue does not have yet; returns the ones actually added. */
export function addLabels(
  world: World,
  repo: RepoRecord,
  input: { issue: IssueRecord; names: string[] },
): LabelRecord[] {
  const added: LabelRecord[] = [];
  for (const name of input.names) {
    const label = ensureLabel(world, repo, name);
    if (
      input.issue.labels.some(
        (l) => l.toLowerCase() === label.name.toLowerCase(),
      )
    )
      continue;
    input.issue.labels.push(label.name);
    added.push(label);
  }
  if (added.length > 0) input.issue.updatedAt = world.now();
  return added;
}

export function addComment(
  world: World,
  input: { issue: IssueRecord; author: string; body: string },
): CommentRecord {
  const now = world.tick();
  const comment: CommentRecord = {
    id: world.nextId(),
    issueNumber: input.issue.number,
    author: input.author,
    body: input.body,
    createdAt: now,
    updatedAt: now,
  };
  input.issue.comments.push(comment);
  input.issue.updatedAt = now;
  return comment;
}

export function findComment(
  repo: RepoRecord,
  id: number,
): { issue: IssueRecord; comment: CommentRecord } | undefined {
  for (const issue of repo.issues.values()) {
    const comment = issue.comments.find((c) => c.id === id);
    if (comment) return { issue, comment };
  }
  return undefined;
}

/** Closes or reopens an issue the way GitHub records it. */
export function setIssueState(
  world: World,
  input: {
    issue: IssueRecord;
    state: "open" | "closed";
    by: string;
    reason?: IssueRecord["stateReason"];
  },
): void {
  const { issue } = input;
  if (issue.state === input.state) return;
  const now = world.tick();
  issue.state = input.state;
  issue.updatedAt = now;
  if (input.state === "closed") {
    issue.stateReason = input.reason ?? "completed";
    issue.closedAt = now;
    issue.closedBy = input.by;
  } else {
    issue.stateReason = "reopened";
    issue.closedAt = null;
    issue.closedBy = null;
  }
}
