import { sameName } from "../same-name.js";
import type { Action } from "./action.js";
import type { DecideInput } from "./decide-input.js";
import { inputId } from "./task-input.js";

const CANCEL_ROLES = new Set(["admin", "maintain", "write"]);

/** The commands sopflow understands on a task issue. */
export const HELP_TEXT = [
  "sopflow commands (comment on this issue):",
  "",
  "- `/sop draft`: draft the SOP now; open questions show in it as flagged gaps",
  "- `/sop retry`: redo the step that failed, or else the last step, with the settings file read again",
  "- `/sop status`: where the task stands and what it waits for",
  "- `/sop cancel`: cancel the task (reopen the issue to start again)",
  "- `/sop publish anyway`: after approving, publish although error findings or open questions would block it (recorded in the revision history)",
  "- `/sop revise <what changed and why>`: once published, revise the SOP (a pull request with the change against the published version)",
  "- `/sop confirm`: on a review issue, confirm the SOP still holds (a pull request that moves `last_validated` and `review_due`)",
  "- `/sop retire <reason> [replaced by <id>]`: once published, retire the SOP (kept on record, marked retired)",
  "- `/sop help`: this list",
  "",
  "Answer open questions by number, e.g. `1. Every Monday at 9:00`. Approve the pull request to publish; request changes to redraft.",
].join("\n");

/**
 * Commands that answer or stop rather than advance: `/sop status`, `/sop help`,
 * an unknown `/sop x`, and `/sop cancel`. Each is answered once (its note
 * names the comment). `/sop draft` and `/sop retry` act through the phases.
 */
export function decideCommands(input: DecideInput): Action | null {
  const { view } = input;
  for (const { comment, command } of view.commands) {
    const id = inputId.comment(comment.id);
    if (view.consumed.has(id)) continue;
    if (command.name === "help")
      return { kind: "reply", body: HELP_TEXT, inputs: [id] };
    if (command.name === "unknown") {
      return {
        kind: "reply",
        body: `Unknown command \`/sop ${shown(command.given)}\`.\n\n${HELP_TEXT}`,
        inputs: [id],
      };
    }
    if (
      command.name === "revise" ||
      command.name === "confirm" ||
      command.name === "retire"
    )
      return {
        kind: "reply",
        body: `Nothing to ${command.name} yet: \`/sop ${command.name}\` works on a published SOP (on the issue that published it, or on its "Review due" issue). While a draft is open, request changes on its pull request instead.`,
        inputs: [id],
      };
    if (command.name === "status")
      return {
        kind: "reply",
        body: statusText(view, waitingFor(view)),
        inputs: [id],
      };
    if (command.name === "cancel") {
      const role = input.roles.get(comment.author);
      const allowed =
        sameName(comment.author, view.snapshot.author) ||
        (role && CANCEL_ROLES.has(role.roleName));
      if (!allowed) {
        return {
          kind: "reply",
          body: `@${comment.author}: only the person who asked for this SOP or someone with write access can cancel it.`,
          inputs: [id],
        };
      }
      return {
        kind: "cancel",
        reason: `@${comment.author} cancelled the task`,
        inputs: [id],
        closeIssue: true,
        cleanUp: true,
      };
    }
  }
  return null;
}

/** Users whose role `decideCommands` needs to know. */
export function cancelRequesters(view: DecideInput["view"]): string[] {
  return view.commands
    .filter(
      (c) =>
        c.command.name === "cancel" &&
        !view.consumed.has(inputId.comment(c.comment.id)) &&
        !sameName(c.comment.author, view.snapshot.author),
    )
    .map((c) => c.comment.author);
}

/** A one-paragraph answer to `/sop status`. */
export function statusText(view: DecideInput["view"], waiting: string): string {
  const steps = (["capture", "draft", "walkthrough", "publish"] as const)
    .map((step) => {
      const note = view.latest[step];
      return note ? `${step} (revision ${note.header.revision})` : null;
    })
    .filter(Boolean);
  const done =
    steps.length > 0
      ? `Done so far: ${steps.join(", ")}.`
      : "No step has run yet.";
  const pull = view.snapshot.pull;
  const pr = pull
    ? ` The draft is pull request #${pull.number} (${pull.state}, head ${pull.headSha.slice(0, 7)}).`
    : "";
  return `**Status:** ${done}${pr} Now: ${waiting}`;
}

function waitingFor(view: DecideInput["view"]): string {
  const { latest } = view;
  if (latest.error && view.notes.at(-1) === latest.error)
    return "a step failed; comment `/sop retry` to try again.";
  if (!latest.capture) return "capturing the process.";
  if (!latest.draft)
    return "waiting for answers to the open questions (or `/sop draft`).";
  if (!latest.walkthrough) return "walking the draft through.";
  return "waiting for an approving review of the pull request by someone with write access (or changes requested to redraft).";
}

/** The operator's word as it can sit in the reply's code span: a backtick would end the span and let the rest render. */
function shown(given: string): string {
  const word = given.replaceAll("`", "'");
  return word.length > 40 ? `${word.slice(0, 40)}…` : word;
}
