import { hashText } from "../../notes/hash-text.js";
import type { Action } from "../action.js";
import { captureNoteBody } from "../bodies/capture-note-body.js";
import type { RunContext } from "../run-context.js";
import { CaptureDataSchema, readData, type CaptureData } from "../task-data.js";
import type { TaskView } from "../task-view.js";
import { postNote } from "./post-note.js";
import { runLifecycleCapture } from "./run-lifecycle-capture.js";

/** Step 1: capture the process (again, with answers) and record it as a note. */
export async function runCapture(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "capture" }>,
): Promise<void> {
  const { lifecycle } = action;
  if (lifecycle)
    return runLifecycleCapture(ctx, view, { ...action, lifecycle });
  const { snapshot } = view;
  const previous =
    readData(CaptureDataSchema, view.latest.capture)?.capture ?? null;
  ctx.progress?.(`Capturing the process (revision ${action.revision})…`);
  const result = await ctx.model.capture({
    request: { title: snapshot.title, body: snapshot.body },
    previous,
    answers: action.answers,
  });
  const data: CaptureData = {
    capture: result.value,
    request: hashText(`${snapshot.title}\n${snapshot.body}`),
    config: ctx.config,
  };
  await postNote(ctx, {
    step: "capture",
    revision: action.revision,
    inputs: action.inputs,
    body: captureNoteBody({
      capture: result.value,
      revision: action.revision,
      identity: ctx.model.identity,
      received: {
        answers: action.answers,
        questions: previous?.questions ?? [],
        unused: action.unused ?? [],
      },
    }),
    data,
    usage: result.usage,
  });
}
