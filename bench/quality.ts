// Scores a drafter on the hand-written corpus in bench/corpus/ (see its README): for each request,
// Capture → the expected questions answered → Draft → Walkthrough, then the published SOP is held to
// the request's `.expect.yml`. Prints facts kept, structure met, questions (needed / redundant),
// errors left; exits 1 unless facts 100%, structure ≥ 95%, 0 redundant questions and 0 errors.
//   npx tsx bench/quality.ts                      offline drafter
//   npx tsx bench/quality.ts --base-url URL --model NAME   any OpenAI-compatible model (OPENAI_API_KEY)
//   --only <name>   one request;  --verbose   print each failed expectation and the SOP
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ConfigSchema } from "../src/core/config/config-schema.js";
import { resolveModel } from "../src/model/resolve-model.js";
import { readRequestFile } from "../src/shells/cli/read-request-file.js";
import { readExpect } from "./quality/corpus-expect.js";
import { runRequest } from "./quality/run-request.js";
import type { Check } from "./quality/score-structure.js";
import { scoreFacts, scoreStructure } from "./quality/score-structure.js";

const CORPUS = fileURLToPath(new URL("./corpus/", import.meta.url));
const { values: args } = parseArgs({
  options: {
    "base-url": { type: "string" },
    model: { type: "string" },
    only: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});
const config = ConfigSchema.parse({});
const { model, reason } = resolveModel({
  config: config.model,
  env: process.env,
  inAction: false,
  actionToken: null,
  overrides:
    args["base-url"] !== undefined || args.model !== undefined
      ? { provider: "openai", name: args.model, baseUrl: args["base-url"] }
      : { provider: "offline" },
});
console.log(
  `bench/quality: ${model.identity.provider} (${model.identity.model}) — ${reason}`,
);

interface Row {
  name: string;
  facts: Check[];
  structure: Check[];
  needed: number;
  neededTotal: number;
  redundant: string[];
  other: string[];
  missed: string[];
  errors: string[];
}

const names = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .map((f) => f.slice(0, -3))
  .filter((name) => args.only === undefined || name === args.only)
  .sort();
const rows: Row[] = [];
for (const name of names) {
  const expect = readExpect(`${CORPUS}${name}.expect.yml`);
  const request = await readRequestFile(`${CORPUS}${name}.md`);
  const run = await runRequest(model, request, expect).catch(
    (error: unknown) => {
      throw new Error(`Could not run bench/corpus/${name}.md`, {
        cause: error,
      });
    },
  );
  if (run.kind === "rejected" || expect.rejected !== undefined) {
    const code = run.kind === "rejected" ? run.code : "drafted";
    rows.push({
      name,
      facts: [],
      structure: [
        {
          what: `rejected as ${expect.rejected ?? "nothing"} (was: ${code})`,
          met: code === (expect.rejected ?? "drafted"),
        },
      ],
      needed: 0,
      neededTotal: 0,
      redundant: [],
      other: [],
      missed: [],
      errors:
        run.kind === "rejected" && expect.rejected === undefined
          ? [run.message]
          : [],
    });
    continue;
  }
  const q = run.questions;
  rows.push({
    name,
    facts: scoreFacts(run.markdown, expect),
    structure: scoreStructure(run.markdown, expect),
    needed: q.needed,
    neededTotal: q.neededTotal,
    redundant: q.redundant.map((x) => `[${x.about}] ${x.text}`),
    other: q.other.map((x) => `[${x.about}] ${x.text}`),
    missed: q.missed.map((a) => a.gap),
    errors: run.errors.map(
      (f) => `${f.line}:${f.column} ${f.message} (${f.ruleId})`,
    ),
  });
  if (args.verbose) console.log(`\n===== ${name}\n${run.markdown}`);
}

const met = (checks: Check[]): number => checks.filter((c) => c.met).length;
const pct = (a: number, b: number): string =>
  b === 0 ? "100%" : `${Math.floor((100 * a) / b)}%`;
const cell = (text: string | number, width: number): string =>
  String(text).padStart(width);
console.log("");
console.log(
  "| request                          | facts kept    | structure     | questions needed | redundant | other | errors |",
);
console.log(
  "| -------------------------------- | ------------- | ------------- | ---------------- | --------- | ----- | ------ |",
);
for (const r of rows) {
  const facts = `${met(r.facts)}/${r.facts.length}`;
  const structure = `${met(r.structure)}/${r.structure.length}`;
  console.log(
    `| ${r.name.padEnd(32)} | ${cell(facts, 13)} | ${cell(structure, 13)} | ${cell(`${r.needed}/${r.neededTotal}`, 16)} | ${cell(r.redundant.length, 9)} | ${cell(r.other.length, 5)} | ${cell(r.errors.length, 6)} |`,
  );
}
const sum = (pick: (r: Row) => number): number =>
  rows.reduce((n, r) => n + pick(r), 0);
const facts = [sum((r) => met(r.facts)), sum((r) => r.facts.length)] as const;
const structure = [
  sum((r) => met(r.structure)),
  sum((r) => r.structure.length),
] as const;
const needed = [sum((r) => r.needed), sum((r) => r.neededTotal)] as const;
const redundant = sum((r) => r.redundant.length);
const other = sum((r) => r.other.length);
const errors = sum((r) => r.errors.length);
console.log(
  `| ${"total".padEnd(32)} | ${cell(pct(...facts), 13)} | ${cell(pct(...structure), 13)} | ${cell(pct(...needed), 16)} | ${cell(redundant, 9)} | ${cell(other, 5)} | ${cell(errors, 6)} |`,
);

for (const r of rows) {
  const lines = [
    ...r.facts.filter((c) => !c.met).map((c) => `lost ${c.what}`),
    ...r.structure.filter((c) => !c.met).map((c) => `unmet ${c.what}`),
    ...r.missed.map((gap) => `not asked: ${gap}`),
    ...r.redundant.map((q) => `redundant question: ${q}`),
    ...r.other.map((q) => `other question: ${q}`),
    ...r.errors.map((e) => `error: ${e}`),
  ];
  if (args.verbose || lines.length > 0)
    for (const line of lines) console.log(`${r.name}: ${line}`);
}
const passed =
  facts[0] === facts[1] &&
  structure[0] >= 0.95 * structure[1] &&
  redundant === 0 &&
  errors === 0;
console.log(
  passed
    ? "Passed: facts 100%, structure ≥ 95%, no redundant question, no error left."
    : "Failed: the bar is facts 100%, structure ≥ 95%, 0 redundant questions, 0 errors left.",
);
process.exitCode = passed ? 0 : 1;
