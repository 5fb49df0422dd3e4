import { addDays } from "./iso-date.js";
import type { SopContent, SopFile } from "./sop-schema.js";

export interface BuildSopFileParams {
  content: SopContent;
  /** The SOP as it stands on the task's branch or in the docs folder, or null for a first draft. */
  previous: SopFile | null;
  task: { id: string; sourceIssue: string; owner: string };
  /** YYYY-MM-DD, passed in so the result depends on nothing but the arguments. */
  today: string;
  reviewIntervalDays: number;
  author: string;
  change: string;
}

/** A draft SOP file: next version, dates, and one more revision-history row for this version. */
export function buildSopFile(params: BuildSopFileParams): SopFile {
  const { content, previous, task, today } = params;
  const version = nextVersion(previous);
  return {
    frontMatter: {
      id: previous?.frontMatter.id || task.id,
      title: content.title,
      version,
      status: "draft",
      owner: task.owner,
      trigger: content.trigger,
      source_issue: task.sourceIssue,
      last_validated: today,
      review_due: addDays({ date: today, days: params.reviewIntervalDays }),
      approval: null,
    },
    content,
    revisions: [
      ...(previous?.revisions ?? []),
      { version, date: today, author: params.author, change: params.change },
    ],
  };
}

/**
 * "1.0" first; each redraft of an unpublished SOP bumps the minor; revising a
 * published one starts the next major. A file already at the path with no
 * MAJOR.MINOR version (not written by sopflow, or unreadable) is replaced as a
 * first version: refusing would leave the task stuck on every retry.
 */
function nextVersion(previous: SopFile | null): string {
  const match = previous && /^(\d+)\.(\d+)$/.exec(previous.frontMatter.version);
  if (!previous || !match) return "1.0";
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return previous.frontMatter.status === "published"
    ? `${major + 1}.0`
    : `${major}.${minor + 1}`;
}
