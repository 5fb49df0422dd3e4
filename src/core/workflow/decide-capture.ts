import type { Answer } from "../capture/capture-schema.js";
import type { Action } from "./action.js";
import type { CaptureData } from "./task-data.js";
import type { TaskView } from "./task-view.js";
import { checkAnswers } from "../capture/check-answers.js";
import { pendingRetry } from "./pending-retry.js";
import { captureInputs, inputId } from "./task-input.js";

/**
 * The capture phase: capture, capture again on new answers or an edited
 * request, wait while questions are open, then hand over to Draft (at once
 * when nothing is open, or on `/sop draft`).
 */
export function decideCapture(input: {
  view: TaskView;
  capture: CaptureData | null;
  requestHash: string;
}): Action {
  const { view, capture, requestHash } = input;
  const note = view.latest.capture;
  const fresh = view.humanComments.filter(
    ({ comment }) => !view.consumed.has(inputId.comment(comment.id)),
  );
  if (!note || !capture) {
    return {
      kind: "capture",
      revision: 1,
      ...answersFrom(fresh, [], 1),
      inputs: [
        inputId.request(requestHash),
        ...fresh.map(({ comment }) => inputId.comment(comment.id)),
      ],
    };
  }
  const retry = pendingRetry(view, note.index);
  if (fresh.length > 0 || capture.request !== requestHash || retry) {
    return {
      kind: "capture",
      revision: note.header.revision + 1,
      ...answersFrom(
        fresh,
        capture.capture.questions,
        capture.capture.nextQuestionId,
      ),
      inputs: [
        inputId.request(requestHash),
        ...fresh.map(({ comment }) => inputId.comment(comment.id)),
        ...(retry ? [retry] : []),
      ],
    };
  }
  const open = capture.capture.questions.length;
  const draftCommand = view.commands.find(
    (c) => c.command.name === "draft" && c.index > note.index,
  );
  if (open > 0 && !draftCommand) {
    return {
      kind: "wait",
      state: "needs info",
      reason: `${open} open question${open === 1 ? "" : "s"}: answer them by number in a comment, or comment \`/sop draft\` to draft with them flagged`,
    };
  }
  return {
    kind: "draft",
    revision: 1,
    feedback: [],
    earlierFeedback: [],
    inputs: [
      ...captureInputs(note),
      ...(draftCommand ? [inputId.comment(draftCommand.comment.id)] : []),
    ],
  };
}

/** The answers in new comments, and what in them was not used (an unknown or repeated number). */
function answersFrom(
  comments: TaskView["humanComments"],
  open: { id: number; about: string; text: string }[],
  nextId: number,
): { answers: Answer[]; unused: string[] } {
  const checked = comments.map(({ comment }) =>
    checkAnswers({ text: comment.body, open, nextId }),
  );
  return {
    answers: checked.flatMap((c) => c.answers),
    unused: checked.flatMap((c) => c.unused),
  };
}
