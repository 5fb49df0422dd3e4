import type { Action } from "./action.js";
import { HELP_TEXT, statusText } from "./decide-commands.js";
import { PublishDataSchema, readData } from "./task-data.js";
import type { TaskView } from "./task-view.js";

/**
 * A command on a published task still gets an answer, once: the status with
 * the published link; "nothing to retry" (or draft, cancel, publish).
 */
export function decideFinished(view: TaskView): Action | null {
  const note = view.latest.publish;
  if (!note) return null;
  const published = readData(PublishDataSchema, note);
  const where = published
    ? `the SOP is published: ${published.permalink}`
    : "the SOP is published";
  for (const { comment, command, index } of view.commands) {
    const id = `comment:${comment.id}`;
    if (view.consumed.has(id) || index < note.index) continue;
    const body =
      command.name === "status"
        ? statusText(view, `${where}.`)
        : command.name === "help" || command.name === "unknown"
          ? HELP_TEXT
          : `Nothing to ${command.name === "retry" ? "retry" : command.name}: ${where}. To change it, comment \`/sop revise <what changed and why>\`.`;
    return { kind: "reply", body, inputs: [id] };
  }
  return null;
}
