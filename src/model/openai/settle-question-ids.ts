import type { Capture } from "../../core/capture/capture-schema.js";

/**
 * Holds the capture's numbering to its contract whatever the model wrote: a
 * question still open from the previous capture keeps its id, a new question
 * gets a number never used before (an answered question's number is never
 * reused), and nextQuestionId moves past every id in use.
 */
export function settleQuestionIds(params: {
  previous: Capture | null;
  capture: Capture;
}): Capture {
  const { previous, capture } = params;
  const floor = previous?.nextQuestionId ?? 1;
  const open = new Set(
    previous?.questions.map((question) => question.id) ?? [],
  );
  const used = new Set<number>();
  const keeps = capture.questions.map((question) => {
    const sound =
      (open.has(question.id) || question.id >= floor) && !used.has(question.id);
    if (sound) used.add(question.id);
    return sound;
  });
  let next = Math.max(
    floor,
    capture.nextQuestionId,
    ...[...used].map((id) => id + 1),
  );
  const questions = capture.questions.map((question, index) =>
    keeps[index] ? question : { ...question, id: next++ },
  );
  return { ...capture, questions, nextQuestionId: next };
}
