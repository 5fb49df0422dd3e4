import type { TaskView } from "./task-view.js";
import { inputId } from "./task-input.js";

/**
 * A `/sop retry` made after the task's last step note (at `after`) that no
 * note has answered yet: its input id ("comment:12"), else null. After a
 * failure, any comment already reruns the failed step; this is the retry of
 * a step that did not fail.
 */
export function pendingRetry(view: TaskView, after: number): string | null {
  const retry = view.commands.find(
    (c) =>
      c.command.name === "retry" &&
      c.index > after &&
      !view.consumed.has(inputId.comment(c.comment.id)),
  );
  if (!retry) return null;
  const error = view.latest.error;
  if (error && view.notes.at(-1) === error) return null;
  return inputId.comment(retry.comment.id);
}
