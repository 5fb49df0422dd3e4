import type { Answer, Capture } from "./capture-schema.js";

// "skip", "n/a", "not applicable", "not a step", "ignore that…": the question is closed, nothing is filled in.
const SKIP =
  /^(?:skip|n\/?a|not applicable|none|ignore(?: that| it| this)?)\b/i;
const NOT_A_STEP = /^(?:ignore that|it'?s not a step|not a step)\b/i;

/** How a step the operator said is not a step is remembered in the capture's notes. */
export const NOT_A_STEP_NOTE = "Not a step (the operator said so): ";

/** How a declined question is remembered, so it is not asked again. */
const SKIPPED_NOTE = "Declined by the operator: ";

/** What the operator declined to answer: the `about` of each such question. */
export function declined(capture: Capture): Set<string> {
  return new Set(
    capture.notes
      .filter((note) => note.startsWith(SKIPPED_NOTE))
      .map((note) => note.slice(SKIPPED_NOTE.length)),
  );
}

/**
 * Answers that decline a question: "skip" or "n/a" close it and fill in
 * nothing; "not a step" (or "ignore that…") to a question about a step also
 * removes that text from the steps. The other answers are returned for
 * mergeAnswers.
 */
export function applySkips(input: { capture: Capture; answers: Answer[] }): {
  capture: Capture;
  rest: Answer[];
} {
  const capture = structuredClone(input.capture);
  const rest: Answer[] = [];
  const dropped = new Set<number>();
  for (const answer of input.answers) {
    const question = capture.questions.find((q) => q.id === answer.questionId);
    const text = answer.text.trim();
    if (
      question === undefined ||
      (!SKIP.test(text) && !NOT_A_STEP.test(text))
    ) {
      rest.push(answer);
      continue;
    }
    capture.questions = capture.questions.filter((q) => q !== question);
    capture.notes.push(`${SKIPPED_NOTE}${question.about}`);
    const [kind, target] = question.about.split(":");
    if (kind === "step" && NOT_A_STEP.test(text))
      dropped.add(Number(target) - 1);
  }
  if (dropped.size === 0) return { capture, rest };
  // Questions about later steps follow their step to its new number.
  const renumber = (index: number) =>
    index - [...dropped].filter((d) => d < index).length;
  // The note keeps the removal when the request is parsed again for the next capture.
  for (const i of dropped) {
    const step = capture.steps[i];
    if (step) capture.notes.push(`${NOT_A_STEP_NOTE}${step.text}`);
  }
  capture.steps = capture.steps.filter((_, i) => !dropped.has(i));
  capture.questions = capture.questions.map((q) => {
    const [kind, target] = q.about.split(":");
    return kind === "step"
      ? { ...q, about: `step:${renumber(Number(target) - 1) + 1}` }
      : q;
  });
  return { capture, rest };
}
