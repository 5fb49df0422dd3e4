import type { Action } from "./action.js";
import { HELP_TEXT } from "./decide-commands.js";
import { inputId } from "./task-input.js";
import type { TaskView } from "./task-view.js";

const REOPEN = "Reopen this issue to start the SOP again.";

/**
 * A cancelled task waits for its issue to be reopened. What people do on it
 * meanwhile still gets one answer each: an approval on its closed pull
 * request publishes nothing and says so; a command is answered.
 */
export function decideCancelled(view: TaskView): Action {
  const cancel = [...view.allNotes]
    .reverse()
    .find((n) => n.header.step === "cancel");
  const since = cancel
    ? (view.snapshot.comments[cancel.index]?.createdAt ?? "")
    : "";
  const pull = view.snapshot.pull;
  const approval = (pull?.reviews ?? []).find(
    (r) =>
      r.state === "approved" &&
      r.authorKind === "human" &&
      r.submittedAt > since &&
      !view.consumed.has(inputId.review(r.id)),
  );
  if (pull && approval)
    return {
      kind: "reply",
      body: `@${approval.author}: your approval of pull request #${pull.number} publishes nothing: the task was cancelled and the pull request is ${pull.state}. ${REOPEN}`,
      inputs: [inputId.review(approval.id)],
    };
  const command = view.commands.find(
    (c) =>
      c.index > (cancel?.index ?? -1) &&
      !view.consumed.has(inputId.comment(c.comment.id)),
  );
  if (command)
    return {
      kind: "reply",
      body: answer(command.command.name),
      inputs: [inputId.comment(command.comment.id)],
    };
  return {
    kind: "wait",
    state: "cancelled",
    reason: "the task was cancelled; reopen the issue to start again",
  };
}

function answer(name: string): string {
  if (name === "help" || name === "unknown") return HELP_TEXT;
  if (name === "status") return `**Status:** the task is cancelled. ${REOPEN}`;
  return `Nothing to ${name}: the task is cancelled. ${REOPEN}`;
}
