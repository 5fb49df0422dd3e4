import type { NoteStep } from "../../notes/note-header.js";
import { heading, paragraph, root } from "../../markdown/md-builders.js";
import { parseMarkdown } from "../../markdown/parse-markdown.js";
import { participants } from "../participants.js";
import type { RunContext } from "../run-context.js";
import type { TaskView } from "../task-view.js";
import { postNote } from "./post-note.js";
import { inputId } from "../task-input.js";

/** A visible note that a step failed, what failed, and how to go on. */
export async function postError(
  ctx: RunContext,
  view: TaskView,
  input: { step: NoteStep; message: string; sha?: string },
): Promise<void> {
  const revision =
    view.notes.filter((n) => n.header.step === "error").length + 1;
  await postNote(ctx, {
    step: "error",
    revision,
    inputs: [inputId.failed(input.step)],
    byModel: false,
    // The head a failed publish tried: when the branch moves on from it, the task goes on without waiting.
    data: {
      step: input.step,
      message: input.message,
      ...(input.sha ? { sha: input.sha } : {}),
    },
    mentionable: participants(view),
    body: root([
      heading(3, `The ${input.step} step did not complete`),
      // The message can quote operator or model text: it goes in as plain text, never as Markdown.
      paragraph(input.message),
      ...parseMarkdown(
        "Nothing was lost: comment `/sop retry` to run the step again (or rerun `sopflow run` locally).",
      ).children,
    ]),
  });
}
