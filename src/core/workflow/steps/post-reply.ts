import { simpleNoteBody } from "../bodies/simple-note-body.js";
import type { Action } from "../action.js";
import { participants } from "../participants.js";
import type { RunContext } from "../run-context.js";
import type { TaskView } from "../task-view.js";
import { postNote } from "./post-note.js";

/** A reply to a command or a review (e.g. why an approval does not publish), as a note. */
export async function postReply(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "reply" }>,
): Promise<void> {
  await postNote(ctx, {
    step: "reply",
    revision: view.notes.filter((n) => n.header.step === "reply").length + 1,
    inputs: action.inputs,
    byModel: false,
    data: null,
    mentionable: participants(view),
    body: simpleNoteBody("sopflow", action.body),
  });
}
