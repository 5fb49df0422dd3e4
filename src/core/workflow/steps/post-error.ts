import type { NoteStep } from "../../notes/note-header.js";
import { simpleNoteBody } from "../bodies/simple-note-body.js";
import type { RunContext } from "../run-context.js";
import type { TaskView } from "../task-view.js";
import { postNote } from "./post-note.js";

/** A visible note that a step failed, what failed, and how to go on. */
export async function postError(ctx: RunContext, view: TaskView, input: { step: NoteStep; message: string }): Promise<void> {
  const revision = view.notes.filter((n) => n.header.step === "error").length + 1;
  await postNote(ctx, {
    step: "error",
    revision,
    inputs: [`failed:${input.step}`],
    byModel: false,
    data: { step: input.step, message: input.message },
    body: simpleNoteBody(`The ${input.step} step did not complete`, input.message, "Nothing was lost: comment `/sop retry` to run the step again (or rerun `sopflow run` locally)."),
  });
}
