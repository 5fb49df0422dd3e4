import type { PhrasingContent, RootContent } from "mdast";
import {
  code,
  heading,
  link,
  list,
  paragraph,
  root,
  strong,
  text,
} from "../../core/markdown/md-builders.js";
import { stringifyMarkdown } from "../../core/markdown/stringify-markdown.js";

/** The task an event concerns, as a person would follow it. */
export interface TaskLink {
  key: string;
  url: string;
}

/** What one Action run did, for the job summary. */
export interface RunSummary {
  /** e.g. "issues.opened" */
  event: string;
  task: TaskLink | null;
  pullUrl: string | null;
  outcome:
    | {
        kind: "reconciled";
        state: string | null;
        actions: string[];
        reason: string;
      }
    | { kind: "ignored"; reason: string }
    | { kind: "failed"; message: string; causes: string[] };
}

const field = (
  name: string,
  ...value: PhrasingContent[]
): PhrasingContent[] => [strong(`${name}:`), text(" "), ...value];

/**
 * The job summary (Markdown for `$GITHUB_STEP_SUMMARY`): the task, the
 * event, the steps taken and the state, or what failed and how to go on.
 */
export function jobSummary(summary: RunSummary): string {
  const { outcome, task } = summary;
  const failed = outcome.kind === "failed";
  const title = `sopflow${failed ? " failed" : ""}: ${task?.key ?? summary.event}`;
  const fields: PhrasingContent[][] = [];
  if (task) fields.push(field("Task", link(task.url, task.key)));
  fields.push(field("Event", code(summary.event)));
  if (outcome.kind === "reconciled") {
    fields.push(
      field(
        "Steps taken",
        text(
          outcome.actions.length
            ? outcome.actions.join(", ")
            : "none (the task waits)",
        ),
      ),
    );
    fields.push(field("State", text(outcome.state ?? "unchanged")));
    fields.push(field("What happened", text(outcome.reason)));
  } else if (outcome.kind === "ignored") {
    fields.push(
      field("What happened", text(`nothing to do: ${outcome.reason}`)),
    );
  } else {
    // Error text can quote issue or model text: plain text, never Markdown.
    fields.push(field("What failed", text(outcome.message)));
  }
  if (summary.pullUrl)
    fields.push(
      field("Pull request", link(summary.pullUrl, pullLabel(summary.pullUrl))),
    );
  const children: RootContent[] = [heading(2, title), list(fields)];
  if (outcome.kind === "failed") {
    if (outcome.causes.length)
      children.push(paragraph(strong("Caused by:")), list(outcome.causes));
    children.push(
      paragraph(
        task ? "sopflow leaves a note on the task's issue when it can. " : "",
        "Fix the cause, then comment ",
        code("/sop retry"),
        " on the issue, or re-run this job.",
      ),
    );
  }
  return stringifyMarkdown(root(children));
}

/** "acme/docs#2" for a pull request's page, the URL itself otherwise. */
function pullLabel(url: string): string {
  const match = /\/([^/]+)\/([^/]+)\/pull\/(\d+)$/.exec(url);
  return match ? `${match[1]}/${match[2]}#${match[3]}` : url;
}
