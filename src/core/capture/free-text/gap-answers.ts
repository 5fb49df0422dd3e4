import type { Capture, Question } from "../capture-schema.js";
import { significantWords } from "../significant-words.js";

/** Joins an answer to the vague text it explains; its presence also means "already asked and answered". */
export const CLARIFIED = " — clarified: ";
const NOTE = /^Answer \(((?:acronym|vague|done|person|roles):[^)]{1,80})\): /;

/** Gaps this module asks about (see gapQuestions); other questions are for mergeAnswers. */
export function isGapQuestion(question: Question): boolean {
  return /^(?:acronym|vague|done|person|roles):/.test(question.about);
}

/** Records an answer to a gap question as a note, so every later capture applies it again. */
export function gapAnswerNote(question: Question, text: string): string {
  return `Answer (${question.about}): ${text}`;
}

/**
 * Applies the recorded answers to gap questions: an acronym's meaning (or
 * who a named person is) to Definitions, who does which step to the steps, an explanation to the vague edge case or caution, a missing
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
    if (kind === "acronym" || kind === "person") {
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
    } else if (kind === "roles") {
      assignRoles(capture, text);
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

/**
 * "Support checks the order and replies; finance makes the refund in Stripe":
 * each clause that opens with a role marks the steps sharing two of its
 * words as done by that role, as the drafter writes it ("(done by finance)").
 */
function assignRoles(capture: Capture, answer: string): void {
  for (const clause of answer.split(/[;.]\s*/)) {
    const role = capture.roles.find((r) =>
      clause.toLowerCase().startsWith(r.toLowerCase()),
    );
    if (role === undefined) continue;
    const words = new Set(significantWords(clause.slice(role.length)));
    for (const step of capture.steps) {
      if (/\(done by /.test(step.text)) continue;
      const shared = significantWords(step.text).filter((w) => words.has(w));
      if (shared.length >= 2 || (shared.length === 1 && words.size <= 2))
        step.text = `${trimStop(step.text)} (done by ${role.toLowerCase()}).`;
    }
  }
}

function trimStop(text: string): string {
  return text.endsWith(".") ? text.slice(0, -1) : text;
}
