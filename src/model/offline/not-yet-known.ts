import type { Question } from "../../core/capture/capture-schema.js";

/** The flagged placeholder a field shows while its question is open: never an invented value. */
export function notYetKnown(questionId: number): string {
  return `Not yet known — see open question ${questionId}`;
}

/** The placeholder for whatever `about` names, or null when no open question is about it. */
export function placeholderFor(
  questions: Question[],
  about: string,
): string | null {
  const question = questions.find((q) => q.about === about);
  return question === undefined ? null : notYetKnown(question.id);
}
