import { simpleNoteBody } from "../bodies/simple-note-body.js";
import type { Action } from "../action.js";
import { labelFor } from "../state-labels.js";
import { participants } from "../participants.js";
import type { RunContext } from "../run-context.js";
import type { TaskView } from "../task-view.js";
import { postNote } from "./post-note.js";

/** Cancel: label, close (so reopening restarts), then the note that marks it. */
export async function runCancel(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "cancel" }>,
): Promise<void> {
  await ctx.forge.setStateLabel(
    labelFor("cancelled").name,
    action.closeIssue ? { close: "not_planned" } : {},
  );
  await postNote(ctx, {
    step: "cancel",
    revision:
      view.allNotes.filter((n) => n.header.step === "cancel").length + 1,
    inputs: action.inputs,
    byModel: false,
    data: { reason: action.reason },
    mentionable: participants(view),
    body: simpleNoteBody(
      "Task cancelled",
      `Cancelled: ${action.reason}.`,
      "Reopen this issue to start the SOP again; everything captured so far stays on record above.",
    ),
  });
}
