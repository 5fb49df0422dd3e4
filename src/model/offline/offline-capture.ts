import type { Capture } from "../../core/capture/capture-schema.js";
import { collapseSpaces } from "../../core/capture/collapse-spaces.js";
import { detectQuestions } from "../../core/capture/detect-questions.js";
import { mergeAnswers } from "../../core/capture/merge-answers.js";
import { applySkips, declined } from "../../core/capture/skip-answers.js";
import { parseRequest } from "../../core/capture/parse-request.js";
import { sanitizeText } from "../../core/capture/sanitize-text.js";
import type { CaptureInput } from "../../core/ports/model.js";
import { carryAnswers } from "./carry-answers.js";

/**
 * The offline Capture step: parse the request (parseRequest sanitises it),
 * keep what earlier answers settled, merge the new (sanitised) answers, and ask about
 * whatever is still missing — open questions keep their numbers.
 */
export function offlineCapture(input: CaptureInput): Capture {
  const fresh = parseRequest(input.request);
  const base =
    input.previous === null
      ? fresh
      : carryAnswers({ fresh, previous: input.previous });
  const answers = input.answers.map((answer) => ({
    ...answer,
    text: collapseSpaces(sanitizeText(answer.text)).trim(),
  }));
  const answered = applySkips({
    capture: base,
    answers: answers.filter((answer) => answer.text !== ""),
  });
  const merged = mergeAnswers({
    capture: answered.capture,
    answers: answered.rest,
  });
  const { questions, nextId } = detectQuestions({
    capture: merged,
    previous: merged.questions,
    nextId: merged.nextQuestionId,
  });
  const skipped = declined(merged);
  return {
    ...merged,
    questions: questions.filter((q) => !skipped.has(q.about)),
    nextQuestionId: nextId,
  };
}
