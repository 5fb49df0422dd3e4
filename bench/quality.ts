// Runs every example request through Capture → Draft → Walkthrough with the configured Model (the
// offline drafter, or an OpenAI-compatible endpoint when OPENAI_API_KEY is set) and measures what the
// final SOP kept (issue 4, "Quality measured"). Exit 1 when any coverage is below 100% or errors remain.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Capture } from "../src/core/capture/capture-schema.js";
import { parseAnswers } from "../src/core/capture/parse-answers.js";
import { measureCoverage } from "../src/core/checks/measure-coverage.js";
import { fixContent } from "../src/core/checks/fix-content.js";
import type { Finding } from "../src/core/checks/finding.js";
import { runChecks } from "../src/core/checks/run-checks.js";
import { ConfigSchema } from "../src/core/config/config-schema.js";
import type { Model, Usage } from "../src/core/ports/model.js";
import { buildSopFile } from "../src/core/sop/build-sop-file.js";
import { renderSop } from "../src/core/sop/render-sop.js";
import type { SopContent } from "../src/core/sop/sop-schema.js";
import { addUsage } from "../src/core/workflow/steps/post-note.js";
import { resolveModel } from "../src/model/resolve-model.js";
import { readRequestFile } from "../src/shells/cli/read-request-file.js";

const EXAMPLES = fileURLToPath(new URL("../examples/", import.meta.url));
const config = ConfigSchema.parse({});
const today = new Date().toISOString().slice(0, 10);
const NO_USAGE: Usage = { calls: 0, tokensIn: 0, tokensOut: 0 };

interface Measure {
  example: string;
  covered: number;
  captured: number;
  asked: number;
  errors: Finding[];
  missing: string[];
  usage: Usage;
}

/** The rendered SOP's findings, as the walkthrough step computes them. */
function check(params: {
  model: Model;
  capture: Capture;
  content: SopContent;
}): Finding[] {
  const file = buildSopFile({
    content: params.content,
    previous: null,
    task: { id: "sop-bench", sourceIssue: "bench", owner: "@bench" },
    today,
    reviewIntervalDays: config.review_interval_days,
    author: `sopflow (${params.model.identity.provider})`,
    change: "First draft from the capture",
  });
  return runChecks({
    markdown: renderSop(file),
    capture: params.capture,
    today,
  });
}

const errorsOf = <T extends { severity: string }>(items: T[]): T[] =>
  items.filter((item) => item.severity === "error");

/** The walkthrough loop of src/core/workflow/steps/run-walkthrough.ts, without the forge. */
async function walkthrough(params: {
  model: Model;
  capture: Capture;
  content: SopContent;
}): Promise<{ content: SopContent; usage: Usage }> {
  const { model, capture } = params;
  let content = params.content;
  let usage = NO_USAGE;
  for (
    let round = 1;
    round <= Math.max(1, config.walkthrough_rounds);
    round++
  ) {
    const before = fixContent({ content, capture }).content;
    const result = await model.walkthrough({
      capture,
      content: before,
      findings: check({ model, capture, content: before }),
      feedback: [],
      earlierFeedback: [],
    });
    usage = addUsage(usage, result.usage);
    const after = fixContent({
      content: result.value.content,
      capture,
    }).content;
    const settled = JSON.stringify(after) === JSON.stringify(content);
    content = after;
    const errors =
      errorsOf(check({ model, capture, content })).length +
      errorsOf(result.value.findings).length;
    if (errors === 0 || settled) break;
  }
  return { content, usage };
}

async function measure(model: Model, example: string): Promise<Measure> {
  const request = await readRequestFile(`${EXAMPLES}${example}`);
  const first = await model.capture({ request, previous: null, answers: [] });
  let usage = first.usage;
  let capture = first.value;
  const asked = new Set(capture.questions.map((q) => q.id));
  const answersFile = `${EXAMPLES}${example.replace(/\.md$/, ".answers.md")}`;
  if (capture.questions.length > 0 && existsSync(answersFile)) {
    const answers = parseAnswers({
      text: readFileSync(answersFile, "utf8"),
      open: capture.questions,
    });
    const second = await model.capture({ request, previous: capture, answers });
    usage = addUsage(usage, second.usage);
    capture = second.value;
    for (const q of capture.questions) asked.add(q.id);
  }
  // Questions still open are drafted as flagged gaps, as `/sop draft` does.
  const drafted = await model.draft({
    capture,
    previous: null,
    feedback: [],
    earlierFeedback: [],
  });
  const walked = await walkthrough({ model, capture, content: drafted.value });
  const coverage = measureCoverage({ capture, content: walked.content });
  return {
    example,
    covered: coverage.filter((c) => c.covered).length,
    captured: coverage.length,
    asked: asked.size,
    errors: errorsOf(check({ model, capture, content: walked.content })),
    missing: coverage
      .filter((c) => !c.covered)
      .map((c) => `${c.kind} "${c.item}"`),
    usage: addUsage(addUsage(usage, drafted.usage), walked.usage),
  };
}

const { model, reason } = resolveModel({
  config: config.model,
  env: process.env,
  inAction: false,
  actionToken: null,
});
console.log(
  `bench/quality: ${model.identity.provider} (${model.identity.model}) — ${reason}; walkthrough_rounds ${config.walkthrough_rounds}`,
);
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".md") && !f.endsWith(".answers.md"))
  .sort();
const rows: Measure[] = [];
for (const example of examples) {
  rows.push(
    await measure(model, example).catch((error: unknown) => {
      throw new Error(`Could not measure examples/${example}`, {
        cause: error,
      });
    }),
  );
}

const cell = (text: string | number, width: number) =>
  String(text).padStart(width);
console.log(
  "| example                  | coverage        | questions asked | errors left | model calls | tokens in | tokens out |",
);
console.log(
  "| ------------------------ | --------------- | --------------- | ----------- | ----------- | --------- | ---------- |",
);
for (const r of rows) {
  const percent = r.captured === 0 ? 100 : (100 * r.covered) / r.captured;
  const coverage = `${percent.toFixed(0)}% (${r.covered}/${r.captured})`;
  console.log(
    `| ${r.example.padEnd(24)} | ${cell(coverage, 15)} | ${cell(r.asked, 15)} | ${cell(r.errors.length, 11)} | ${cell(r.usage.calls, 11)} | ${cell(r.usage.tokensIn, 9)} | ${cell(r.usage.tokensOut, 10)} |`,
  );
}
const failing = rows.filter(
  (r) => r.covered < r.captured || r.errors.length > 0,
);
for (const r of failing) {
  for (const item of r.missing)
    console.log(`${r.example}: not in the final SOP: ${item}`);
  for (const f of r.errors)
    console.log(
      `${r.example}:${f.line}:${f.column} ${f.message} (${f.ruleId})`,
    );
}
console.log(
  failing.length === 0
    ? "Every example: 100% coverage, 0 check errors."
    : `${failing.length} example(s) below 100% coverage or with check errors.`,
);
process.exitCode = failing.length === 0 ? 0 : 1;
