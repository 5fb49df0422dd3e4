import type { Capture } from "../../core/capture/capture-schema.js";
import { collapseSpaces } from "../../core/capture/collapse-spaces.js";
import { detectQuestions } from "../../core/capture/detect-questions.js";
import { mergeAnswers } from "../../core/capture/merge-answers.js";
import { readRequest } from "../../core/capture/free-text/read-request.js";
import { sanitizeText } from "../../core/capture/sanitize-text.js";
import type { CaptureInput } from "../../core/ports/model.js";
import { carryAnswers } from "./carry-answers.js";
import { winkLanguage } from "./wink-language.js";

/**
 * The offline Capture step: read the request as English (parseRequest sanitises it),
 * keep what earlier answers settled, merge the new (sanitised) answers, and ask about
 * whatever is still missing — open questions keep their numbers.
 */
export async function offlineCapture(input: CaptureInput): Promise<Capture> {
  const fresh = readRequest(input.request, await winkLanguage());
  const base =
    input.previous === null
      ? fresh
      : carryAnswers({ fresh, previous: input.previous });
  const answers = input.answers.map((answer) => ({
    ...answer,
    text: collapseSpaces(sanitizeText(answer.text)).trim(),
  }));
  const merged = mergeAnswers({
    capture: base,
    answers: answers.filter((answer) => answer.text !== ""),
  });
  const { questions, nextId } = detectQuestions({
    capture: merged,
    previous: merged.questions,
    nextId: merged.nextQuestionId,
  });
  return { ...merged, questions, nextQuestionId: nextId };
}
