import { performance } from "node:perf_hooks";
import type { Capture } from "../../../src/core/capture/capture-schema.js";
import { parseAnswers } from "../../../src/core/capture/parse-answers.js";
import { parseRequest } from "../../../src/core/capture/parse-request.js";
import { runChecks } from "../../../src/core/checks/run-checks.js";
import { parseConfigText } from "../../../src/core/config/validate-config.js";
import { inertMentions } from "../../../src/core/markdown/inert-mentions.js";
import {
  paragraph,
  text as plain,
} from "../../../src/core/markdown/md-builders.js";
import { stringifyMarkdown } from "../../../src/core/markdown/stringify-markdown.js";
import { decodeNoteParts } from "../../../src/core/notes/decode-note-parts.js";
import { encodeNote } from "../../../src/core/notes/encode-note.js";
import { buildSopFile } from "../../../src/core/sop/build-sop-file.js";
import { renderSop } from "../../../src/core/sop/render-sop.js";
import { slugify } from "../../../src/core/sop/slugify.js";
import { parseCommand } from "../../../src/core/workflow/parse-command.js";
import { draftSop } from "../../../src/model/offline/draft-sop.js";
import { offlineCapture } from "../../../src/model/offline/offline-capture.js";
import { offlineWalkthrough } from "../../../src/model/offline/offline-walkthrough.js";
import { parseFeedback } from "../../../src/model/offline/parse-feedback.js";

/**
 * Every parser that reads operator text (issue title and body, answers,
 * commands, review feedback, comments that may look like notes, a pushed SOP
 * file, a config file), each with a template of where an attacker's run
 * lands in it: `§` stands for the run. A parser that backtracks on a run
 * takes about 64 times longer on 64 KiB than on 8 KiB; a linear one about 8.
 */

// Every character `\s` matches, one kind per run: the ones GitHub keeps in a body.
const SPACES: [string, string][] = [
  ["space", " "],
  ["tab", "\t"],
  ["vertical tab", "\v"],
  ["form feed", "\f"],
  ["U+00A0", "\u00a0"],
  ["U+1680", "\u1680"],
  ...Array.from({ length: 11 }, (_, i): [string, string] => [
    `U+${(0x2000 + i).toString(16).toUpperCase()}`,
    String.fromCharCode(0x2000 + i),
  ]),
  ["U+2028", "\u2028"],
  ["U+2029", "\u2029"],
  ["U+202F", "\u202f"],
  ["U+205F", "\u205f"],
  ["U+3000", "\u3000"],
  ["U+FEFF", "\ufeff"],
];
// What the patterns around the spaces match: separators, markers, digits, words, line ends.
const OTHERS: [string, string][] = [
  ["-", "-"],
  [".", "."],
  ["(", "("],
  [")", ")"],
  ["digits", "1"],
  [",", ","],
  [";", ";"],
  [":", ":"],
  ["em dash", "—"],
  ["#", "#"],
  ["*", "*"],
  ["/", "/"],
  ["|", "|"],
  ["&", "&"],
  [">", ">"],
  ["<", "<"],
  ["@", "@"],
  ["=", "="],
  ["`", "`"],
  ["letters", "a"],
  ["capitals", "A"],
  ["newlines", "\n"],
  ["space and dash", " -"],
  ["words", "and "],
  ["note separator", "\n\n---\n\n<!-- sopflow:note "],
];

export interface RunKind {
  name: string;
  unit: string;
  whitespace: boolean;
}

export const RUN_KINDS: RunKind[] = [
  ...SPACES.map(([name, unit]) => ({ name, unit, whitespace: true })),
  ...OTHERS.map(([name, unit]) => ({ name, unit, whitespace: false })),
];

export interface OperatorTextParser {
  name: string;
  /** Part of Capture (the issue's title, body and answers). */
  capture: boolean;
  template: string;
  /** May return a promise: the offline drafter reads free text with a language model. */
  run(text: string): unknown;
}

const REQUEST_FREE_TEXT = [
  "Purpose: keep§the books right§",
  "Roles: Account manager§(owner)§, Finance§and§Support§/§Ops§&§x",
  "Trigger: when§a deal closes§",
  "Steps:",
  "1. Create the customer in Stripe§(tool:§Stripe;§access:§admin§",
  "2) Send the invoice§—§tool:§Xero§,§access§",
  "Step 3: §check§it§",
  "- §",
  "  §nested§",
  "Tools:",
  "- Stripe§—§billing§admin§",
  "- Xero:§x§,§access§",
  "Pitfalls:",
  "- If§the card fails§,§then§retry§",
  "- x§—§y§-§z§",
  "- a§:§b§",
  "Oh, and you also have to:",
  "- after§step§1§:§x§",
  "- before§Create§the§customer§,§x§",
  "Done when: §the invoice is paid§",
].join("\n");

const REQUEST_FORM = [
  "### Process name",
  "",
  "§Onboarding§",
  "",
  "### Roles",
  "",
  "Owner§and§Finance§",
  "",
  "### Steps",
  "",
  "1. §Do§the§thing§in§Salesforce§",
  "2. §",
  "",
  "### Tools and access",
  "",
  "Stripe§(§admin§",
  "",
  "### Pitfalls and edge cases",
  "",
  "When§x§then§y§",
].join("\n");

const TITLE = "SOP§:§Document§our§§onboarding§as§an§SOP§";

/** A capture with every question still open: answers are merged into it. */
const asked: Capture = await offlineCapture({
  request: { title: "x", body: "Steps:\n1. Do it\n2. Fix it somehow" },
  previous: null,
  answers: [],
});

const ANSWERS = [
  "Q1:§the§owner§and§finance§",
  "1.§x§",
  "#2§:§x§",
  "A3§)§x§",
  "**Question 4**§—§x§",
  "§",
  "> §quoted§",
].join("\n");

const FEEDBACK = [
  "Add step after 1:§x§",
  "Add step§:§x§",
  "Replace step 1 with§:§x§",
  "Remove step 1§",
  "Add prerequisite§:§x§",
  "Add edge case§:§x§->§y§→§z§",
  "- **Definition of done**§:§x§",
  "§",
].join("\n");

const [NOTE = ""] = encodeNote({
  step: "capture",
  revision: 1,
  inputs: [],
  provider: "offline",
  model: "sopflow-offline-drafter",
  calls: 0,
  tokensIn: 0,
  tokensOut: 0,
  at: "2025-01-06T10:00:00Z",
  body: "### Capture §",
  data: { x: "§" },
});

// A file pushed to the SOP branch, and a config file: both written by people with write access,
// who may make them as large as they like. Runs are spread over the file's many items and lines,
// the way an edited SOP grows; one paragraph of tens of kilobytes of `*`, `_`, `[` or backticks
// slows the Markdown parser more than linearly (what capture's MAX_ITEM_CHARS keeps from the drafter).
const SOP_FILE = [
  "---",
  "id: sop-§",
  "title: §Onboarding§",
  "version: 1.0.0",
  "status: draft",
  "review_due: 2099-01-01",
  "---",
  "",
  "# §Onboarding§",
  "",
  "## 1.0 Purpose§",
  "",
  "§Keep§the§books§.§",
  "",
  "## Procedure",
  "",
  ...Array.from({ length: 40 }, (_, i) => `${i + 1}. §Open§Stripe ${i}§.`),
  "",
  "## Edge cases",
  "",
  ...Array.from({ length: 10 }, (_, i) => `- If§case ${i}§, retry§.`),
  "",
  "## Revision history",
  "",
  "| Version | Date | Author | Change |",
  "| --- | --- | --- | --- |",
  "| 1.0.0§| 2025-01-01 | @a§| §x |",
].join("\n");

const CONFIG = [
  "docs_folder: docs/§sops§",
  "approvers:",
  "  users:",
  ...Array.from({ length: 20 }, (_, i) => `    - §a${i}§`),
  "  teams: [acme/§docs§]",
  "trigger_label: §sop§",
].join("\n");

// What the offline drafter turns into Markdown: many items, each within what capture accepts of one
// (MAX_ITEM_CHARS) even at 64 KiB.
const REQUEST_MANY_ITEMS = [
  "Purpose: keep the books§",
  "Steps:",
  ...Array.from({ length: 40 }, (_, i) => `${i + 1}. Create§record ${i}§`),
  "Pitfalls:",
  ...Array.from({ length: 10 }, (_, i) => `- If§case ${i}§, fix§it`),
].join("\n");

/** The offline drafter end to end: what every user of the default model runs on an issue. */
async function offlinePipeline(title: string, body: string): Promise<void> {
  const capture = await offlineCapture({
    request: { title, body },
    previous: null,
    answers: [],
  });
  const content = draftSop({ capture, feedback: [] }).content;
  const markdown = renderSop(
    buildSopFile({
      content,
      previous: null,
      task: { id: "sop-1", sourceIssue: "acme/docs#1", owner: "@dana" },
      today: "2025-01-06",
      reviewIntervalDays: 365,
      author: "@dana",
      change: "First draft",
    }),
  );
  const findings = runChecks({ markdown, capture, today: "2025-01-06" });
  offlineWalkthrough({
    capture,
    content,
    findings,
    feedback: [],
    earlierFeedback: [],
  });
}

// A refusal (an empty request, a bad config) is an answer too: only the time it took counts.
const quietly = async (run: () => unknown): Promise<void> => {
  try {
    await run();
  } catch {
    // counted all the same
  }
};

export const PARSERS: OperatorTextParser[] = [
  {
    name: "parseRequest (free text)",
    capture: true,
    template: REQUEST_FREE_TEXT,
    run: (text) => quietly(() => parseRequest({ title: "x", body: text })),
  },
  {
    name: "parseRequest (issue form)",
    capture: true,
    template: REQUEST_FORM,
    run: (text) => quietly(() => parseRequest({ title: "x", body: text })),
  },
  {
    name: "parseRequest (title)",
    capture: true,
    template: TITLE,
    run: (text) =>
      quietly(() => parseRequest({ title: text, body: "1. Do it" })),
  },
  {
    name: "offline capture of free text (the English reader)",
    capture: true,
    template: REQUEST_FREE_TEXT,
    run: (text) =>
      quietly(() =>
        offlineCapture({
          request: { title: "x", body: text },
          previous: null,
          answers: [],
        }),
      ),
  },
  {
    name: "offline drafter (capture, draft, checks, walkthrough)",
    capture: true,
    template: REQUEST_MANY_ITEMS,
    run: (text) => quietly(() => offlinePipeline(text, text)),
  },
  {
    name: "answers (parseAnswers, merged into the capture)",
    capture: true,
    template: ANSWERS,
    run: (text) =>
      quietly(() => {
        parseAnswers({ text, open: asked.questions });
        return offlineCapture({
          request: { title: "x", body: "Steps:\n1. Do it\n2. Fix it somehow" },
          previous: asked,
          answers: asked.questions.map((q) => ({ questionId: q.id, text })),
        });
      }),
  },
  {
    name: "parseCommand",
    capture: false,
    template: "§/sop§cancel§",
    run: (text) => quietly(() => parseCommand(text)),
  },
  {
    name: "review feedback (parseFeedback, applied by the offline drafter)",
    capture: false,
    template: FEEDBACK,
    run: (text) =>
      quietly(() => {
        parseFeedback(text);
        draftSop({
          capture: asked,
          feedback: [
            {
              id: "review:1",
              author: "r",
              body: text,
              line: null,
              quote: null,
            },
          ],
        });
      }),
  },
  {
    name: "decodeNoteParts (any comment)",
    capture: false,
    template: NOTE,
    run: (text) => quietly(() => decodeNoteParts(text)),
  },
  {
    name: "runChecks (a pushed SOP file)",
    capture: false,
    template: SOP_FILE,
    run: (text) =>
      quietly(() =>
        runChecks({ markdown: text, capture: asked, today: "2025-01-06" }),
      ),
  },
  {
    name: "parseConfigText (.github/sopflow.yml)",
    capture: false,
    template: CONFIG,
    run: (text) =>
      quietly(() => parseConfigText({ text, source: ".github/sopflow.yml" })),
  },
  {
    name: "a note's text (inertMentions, stringified) and slugify",
    capture: false,
    template: "@§a§/§b @§x§ §",
    run: (text) =>
      quietly(() => {
        stringifyMarkdown(
          inertMentions({
            tree: { type: "root", children: [paragraph(plain(text))] },
            keep: [],
          }),
        );
        slugify(text);
      }),
  },
];

/** The template with its runs filled so that the whole text is `size` characters (runs of `unit` repeated). */
export function adversarialText(
  template: string,
  unit: string,
  size: number,
): string {
  const parts = template.split("§");
  const fixed = parts.join("").length;
  const per = Math.max(1, Math.floor((size - fixed) / (parts.length - 1)));
  const run = unit.repeat(Math.ceil(per / unit.length)).slice(0, per);
  return parts.join(run);
}

// Each sample repeats the call until this much time passed, so timer resolution and one pause weigh
// little; the least of the samples is taken.
const SAMPLE_MS = 8;
const SAMPLES = 2;

/** The least time one call took over a few samples. */
export async function perCallMs(
  run: () => unknown,
  samples = SAMPLES,
): Promise<number> {
  let best = Infinity;
  for (let sample = 0; sample < samples; sample++) {
    const start = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      await run();
      calls += 1;
      elapsed = performance.now() - start;
    } while (elapsed < SAMPLE_MS);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

export const SMALL = 8 * 1024;
export const LARGE = 64 * 1024;

/**
 * The growth a linear parser stays under, with room for a shared machine's
 * noise: 8 × 4, half of what a quadratic parser shows (64). The Markdown
 * parser on a pushed file of " - - -" runs measures about 20 on a quiet
 * machine, so a tighter bound fails on load alone.
 */
export const MAX_RATIO = (LARGE / SMALL) * 4;
// A busy machine only ever adds time, so while the ratio is over the bound both sizes are measured
// again and the least time of each kept: a parser that really grows as the square stays over it
// (about 64) however often it is measured. Up to this many samples of the large text are taken.
const LARGE_SAMPLES = 12;

/**
 * How much longer the parser takes on 64 KiB than on 8 KiB of the same
 * adversarial text. With one large sample per trial (the test), a first
 * ratio under the bound settles it at about half the cost: noise on the
 * large text only raises the ratio. Two per trial (the default, the bench's
 * figure) measure the ratio itself more closely.
 */
export async function growthRatio(
  parser: OperatorTextParser,
  kind: RunKind,
  largeSamplesPerTrial = SAMPLES,
): Promise<number> {
  const small = adversarialText(parser.template, kind.unit, SMALL);
  const large = adversarialText(parser.template, kind.unit, LARGE);
  await parser.run(small); // warm-up: compile the code paths first
  let [smallMs, largeMs] = [Infinity, Infinity];
  for (let trial = 0; trial < LARGE_SAMPLES / largeSamplesPerTrial; trial++) {
    smallMs = Math.min(smallMs, await perCallMs(() => parser.run(small)));
    largeMs = Math.min(
      largeMs,
      await perCallMs(() => parser.run(large), largeSamplesPerTrial),
    );
    if (largeMs / Math.max(smallMs, 1e-3) < MAX_RATIO) break;
  }
  return largeMs / Math.max(smallMs, 1e-3);
}

/** The largest growth ratio over the capture parsers and every kind of whitespace run, and where. */
export async function worstCaptureGrowth(): Promise<{
  ratio: number;
  where: string;
}> {
  let worst = { ratio: 0, where: "" };
  for (const parser of PARSERS.filter((p) => p.capture))
    for (const kind of RUN_KINDS.filter((k) => k.whitespace)) {
      const ratio = await growthRatio(parser, kind);
      if (ratio > worst.ratio)
        worst = { ratio, where: `${parser.name}, runs of ${kind.name}` };
    }
  return worst;
}
