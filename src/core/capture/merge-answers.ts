import type { Answer, Capture, Question } from "./capture-schema.js";
import { quoteText } from "./quote-text.js";
import { splitRoles } from "./split-roles.js";

/**
 * Puts each answer where its question points and closes that question.
 * An unkeyed answer answers the only open question, if exactly one is open;
 * otherwise it, like an answer to a number nobody asked, becomes a note.
 */
export function mergeAnswers(input: {
  capture: Capture;
  answers: Answer[];
}): Capture {
  const capture = structuredClone(input.capture);
  const keyed = input.answers.filter((a) => a.questionId !== null);
  const unkeyed = input.answers.filter((a) => a.questionId === null);
  for (const answer of keyed) {
    const question = capture.questions.find((q) => q.id === answer.questionId);
    if (question === undefined || !apply(capture, question, answer.text)) {
      capture.notes.push(
        `Answer to question ${answer.questionId}: ${answer.text}`,
      );
    } else capture.questions = capture.questions.filter((q) => q !== question);
  }
  for (const answer of unkeyed) {
    const [only] = capture.questions;
    if (
      capture.questions.length === 1 &&
      only !== undefined &&
      apply(capture, only, answer.text)
    )
      capture.questions = [];
    else capture.notes.push(answer.text);
  }
  return capture;
}

/** Writes the answer into the field the question is about; false when that field no longer exists. */
function apply(capture: Capture, question: Question, text: string): boolean {
  const [kind = "", ...rest] = question.about.split(":");
  const target = rest.join(":");
  const index = Number(target) - 1;
  switch (kind) {
    case "name":
      capture.name = quoteText(text, 200);
      return true;
    case "purpose":
    case "trigger":
    case "definitionOfDone":
      capture[kind] = text;
      return true;
    case "roles":
      capture.roles = splitRoles(text);
      return capture.roles.length > 0;
    case "step":
      return setIn(capture.steps[index], (s) => (s.clarification = text));
    case "pitfall":
      return setIn(capture.pitfalls[index], (p) => (p.handling = text));
    case "tool":
      return setIn(
        capture.tools.find((t) => t.name === target),
        (t) => (t.access = text),
      );
    default:
      return false;
  }
}

function setIn<T>(item: T | undefined, set: (item: T) => void): boolean {
  if (item === undefined) return false;
  set(item);
  return true;
}
