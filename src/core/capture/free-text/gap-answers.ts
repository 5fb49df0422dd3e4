import type { Capture, Question } from "../capture-schema.js";

/** Joins an answer to the vague text it explains; its presence also means "already asked and answered". */
export const CLARIFIED = " — clarified: ";
const NOTE = /^Answer \(((?:acronym|vague|done):[^)]{1,80})\): /;

/** Gaps this module asks about (see gapQuestions); other questions are for mergeAnswers. */
export function isGapQuestion(question: Question): boolean {
  return /^(?:acronym|vague|done):/.test(question.about);
}

/** Records an answer to a gap question as a note, so every later capture applies it again. */
export function gapAnswerNote(question: Question, text: string): string {
  return `Answer (${question.about}): ${text}`;
}

/**
 * Applies the recorded answers to gap questions: an acronym's meaning to
 * Definitions, an explanation to the vague edge case or caution, a missing
 * definition-of-done step to the end of the steps. Idempotent.
 */
export function applyGapAnswers(input: Capture): Capture {
  const capture = structuredClone(input);
  for (const note of capture.notes) {
    const match = NOTE.exec(note);
    if (match === null) continue;
    const about = match[1] ?? "";
    const text = note.slice(match[0].length).trim();
    const [kind = "", target = "", number = ""] = about.split(":");
    if (kind === "acronym") {
      const definitions = (capture.definitions ??= []);
      if (!definitions.some((d) => d.term === target))
        definitions.push({ term: target, meaning: text });
    } else if (kind === "done") {
      if (!capture.steps.some((s) => s.text === text))
        capture.steps.push({
          text,
          tools: [],
          access: [],
          tribal: false,
          clarification: null,
        });
    } else if (kind === "vague" && target === "pitfall") {
      const pitfall = capture.pitfalls[Number(number) - 1];
      if (pitfall?.handling != null && !pitfall.handling.includes(CLARIFIED))
        pitfall.handling = `${pitfall.handling}${CLARIFIED}${text}`;
    } else if (kind === "vague" && target === "caution") {
      const caution = capture.cautions?.[Number(number) - 1];
      if (caution !== undefined && !caution.text.includes(CLARIFIED))
        caution.text = `${caution.text}${CLARIFIED}${text}`;
    }
  }
  return capture;
}
