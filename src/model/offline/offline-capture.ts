import type {
  Answer,
  Capture,
  Question,
} from "../../core/capture/capture-schema.js";
import { collapseSpaces } from "../../core/capture/collapse-spaces.js";
import { detectQuestions } from "../../core/capture/detect-questions.js";
import {
  applyGapAnswers,
  gapAnswerNote,
  isGapQuestion,
} from "../../core/capture/free-text/gap-answers.js";
import {
  gapQuestions,
  ownerUnclear,
} from "../../core/capture/free-text/gap-questions.js";
import { PROCEDURE_VERBS } from "../../core/capture/free-text/procedure-verbs.js";
import { readRequest } from "../../core/capture/free-text/read-request.js";
import type { Language } from "../../core/capture/free-text/language.js";
import { mergeAnswers } from "../../core/capture/merge-answers.js";
import { applySkips, declined } from "../../core/capture/skip-answers.js";
import { parseIssueForm } from "../../core/capture/parse-issue-form.js";
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
  const fresh = readRequest(input.request, await languageFor(input));
  const base =
    input.previous === null
      ? fresh
      : carryAnswers({ fresh, previous: input.previous });
  const answers = input.answers
    .map((answer) => ({
      ...answer,
      text: collapseSpaces(sanitizeText(answer.text)).trim(),
    }))
    .filter((answer) => answer.text !== "");
  // "skip", "n/a" and "not a step" close a question without filling anything in.
  const answered = applySkips({ capture: base, answers });
  const merged = applyGapAnswers(
    mergeAnswers(
      recordGapAnswers({ capture: answered.capture, answers: answered.rest }),
    ),
  );
  const detected = detectQuestions({
    capture: merged,
    previous: merged.questions,
    nextId: merged.nextQuestionId,
  });
  const nextId = detected.nextId;
  const questions = detected.questions.filter((q) =>
    worthAsking(q, merged, input.request.body),
  );
  let next = nextId;
  const asked = new Set(questions.map((q) => q.about));
  const gaps = gapQuestions(
    merged,
    asked,
    fresh.definitionOfDone !== null &&
      fresh.definitionOfDone === merged.definitionOfDone,
    ownerUnclear(input.request.body),
  ).map(({ about, text }): Question => ({
    id: merged.questions.find((q) => q.about === about)?.id ?? next++,
    about,
    text,
  }));
  const skipped = declined(merged);
  return {
    ...merged,
    questions: [...questions, ...gaps]
      .filter((q) => !skipped.has(q.about))
      .sort((a, b) => a.id - b.id),
    nextQuestionId: next,
  };
}

// "Revoke sessions", "Lock up": a verb and what it acts on is concrete, however short.
const SHORT_BUT_CONCRETE = /^\p{L}+\s+\p{L}+\.?$/u;
// The operator thought about access: a tools section, a form's tools field, or "(tool: …; access: …)".
const TOOLS_HEADING = /^\s*(?:#{1,6}\s*|\*\*)?tools\b/i;
const ACCESS_HINT = /\b(?:tools?|systems?|access|permissions?)\s*:/i;

/**
 * Drops questions the request already answers in its own way: access to a
 * system named in passing when the request never speaks of tools or access
 * (the operator is asked about it only where they list tools), and "fewer
 * than three words" for a short instruction that starts with a verb.
 */
function worthAsking(
  question: Question,
  capture: Capture,
  body: string,
): boolean {
  if (question.about.startsWith("tool:"))
    return (
      ACCESS_HINT.test(body) ||
      body.split("\n").some((line) => TOOLS_HEADING.test(line))
    );
  const step = /^step:(\d+)$/.exec(question.about);
  const text =
    step === null ? undefined : capture.steps[Number(step[1]) - 1]?.text;
  if (text === undefined || !question.text.includes("fewer than three words"))
    return true;
  const first = text.split(/\s+/)[0]?.toLowerCase() ?? "";
  return !(SHORT_BUT_CONCRETE.test(text) && PROCEDURE_VERBS.has(first));
}

/** An issue form is read field by field: the language model (0.3 s to load) is only loaded for free text. */
async function languageFor(input: CaptureInput): Promise<Language> {
  const body = collapseSpaces(sanitizeText(input.request.body)).trim();
  return parseIssueForm(body) === null ? winkLanguage() : FORMS_ONLY;
}

const FORMS_ONLY: Language = {
  sentences: () => {
    throw new Error("Unexpected free text in an issue form, expected fields");
  },
  words: () => {
    throw new Error("Unexpected free text in an issue form, expected fields");
  },
};

/** Answers to gap questions become notes (applied by applyGapAnswers); the rest go to mergeAnswers. */
function recordGapAnswers(input: { capture: Capture; answers: Answer[] }): {
  capture: Capture;
  answers: Answer[];
} {
  const capture = structuredClone(input.capture);
  const open = capture.questions;
  const only = open.length === 1 ? open[0] : undefined;
  const rest: Answer[] = [];
  for (const answer of input.answers) {
    const question =
      answer.questionId === null
        ? only
        : open.find((q) => q.id === answer.questionId);
    if (question === undefined || !isGapQuestion(question)) {
      rest.push(answer);
      continue;
    }
    capture.notes.push(gapAnswerNote(question, answer.text));
    capture.questions = capture.questions.filter((q) => q !== question);
  }
  return { capture, answers: rest };
}
