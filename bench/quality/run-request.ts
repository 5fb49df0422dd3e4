import type { Capture } from "../../src/core/capture/capture-schema.js";
import { parseAnswers } from "../../src/core/capture/parse-answers.js";
import { RequestError } from "../../src/core/capture/request-error.js";
import { fixContent } from "../../src/core/checks/fix-content.js";
import type { Finding } from "../../src/core/checks/finding.js";
import { runChecks } from "../../src/core/checks/run-checks.js";
import { ConfigSchema } from "../../src/core/config/config-schema.js";
import type { Model, RequestText } from "../../src/core/ports/model.js";
import { buildSopFile } from "../../src/core/sop/build-sop-file.js";
import { renderSop } from "../../src/core/sop/render-sop.js";
import type { SopContent } from "../../src/core/sop/sop-schema.js";
import type { Expect } from "./corpus-expect.js";
import type { QuestionScore } from "./match-questions.js";
import { matchQuestions } from "./match-questions.js";

const config = ConfigSchema.parse({});
const MAX_ROUNDS = 3;
const today = new Date().toISOString().slice(0, 10);

export type RequestRun =
  | { kind: "rejected"; code: string; message: string }
  | {
      kind: "drafted";
      questions: QuestionScore;
      markdown: string;
      errors: Finding[];
      capture: Capture;
    };

function render(model: Model, content: SopContent): string {
  return renderSop(
    buildSopFile({
      content,
      previous: null,
      task: { id: "sop-bench", sourceIssue: "bench", owner: "@bench" },
      today,
      reviewIntervalDays: config.review_interval_days,
      author: `sopflow (${model.identity.provider})`,
      change: "First draft from the capture",
    }),
  );
}

const check = (model: Model, capture: Capture, content: SopContent) =>
  runChecks({ markdown: render(model, content), capture, today });

/**
 * Capture → answer the questions the expectations name (with their answers) →
 * capture again → Draft → Walkthrough rounds, as the workflow runs them.
 */
export async function runRequest(
  model: Model,
  request: RequestText,
  expect: Expect,
): Promise<RequestRun> {
  let first: Capture;
  try {
    first = (await model.capture({ request, previous: null, answers: [] }))
      .value;
  } catch (error) {
    if (error instanceof RequestError)
      return { kind: "rejected", code: error.code, message: error.message };
    throw error;
  }
  // Answer in rounds, as an operator would: a question that only arises after an answer is answered too.
  const seen = new Map(first.questions.map((q) => [q.id, q]));
  let capture = first;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const open = new Set(capture.questions.map((q) => q.id));
    const due = matchQuestions([...seen.values()], expect).matched.filter(
      ({ question }) => open.has(question.id),
    );
    if (due.length === 0) break;
    const text = due
      .map(({ question, ask }) => `${question.id}. ${ask.answer}`)
      .join("\n\n");
    const answers = parseAnswers({ text, open: capture.questions });
    capture = (await model.capture({ request, previous: capture, answers }))
      .value;
    for (const q of capture.questions) if (!seen.has(q.id)) seen.set(q.id, q);
  }
  const questions = matchQuestions([...seen.values()], expect);
  let content = (
    await model.draft({
      capture,
      previous: null,
      feedback: [],
      earlierFeedback: [],
    })
  ).value;
  for (
    let round = 1;
    round <= Math.max(1, config.walkthrough_rounds);
    round++
  ) {
    const before = fixContent({ content, capture }).content;
    const walked = await model.walkthrough({
      capture,
      content: before,
      findings: check(model, capture, before),
      feedback: [],
      earlierFeedback: [],
    });
    const after = fixContent({
      content: walked.value.content,
      capture,
    }).content;
    const settled = JSON.stringify(after) === JSON.stringify(content);
    content = after;
    if (settled) break;
  }
  const markdown = render(model, content);
  const errors = runChecks({ markdown, capture, today }).filter(
    (f) => f.severity === "error",
  );
  return { kind: "drafted", questions, markdown, errors, capture };
}
