import fc from "fast-check";
import { FORGED_NOTES, hostileText, piece } from "./fuzz-fragments.js";

export type Actor = "operator" | "stranger" | "impostor" | "maintainer";

/** One fuzz case: an issue, what people comment, the repository's config, and a file already where the SOP would go. */
export interface FuzzCase {
  title: string;
  body: string;
  comments: { actor: Actor; body: string }[];
  /** `.github/sopflow.yml`, or null for none. */
  config: string | null;
  /** Text already at the SOP's path on the default branch (undecodable bytes show as U+FFFD or lone surrogates), or null. */
  existingSop: string | null;
}

const line = hostileText(12).map((t) => t.replace(/\n/g, " "));

/** A request the parser can read (steps and all), with hostile text in every field. */
const structuredBody = fc
  .record({
    purpose: line,
    who: line,
    steps: fc.array(line, { minLength: 1, maxLength: 8 }),
    done: line,
    extra: hostileText(20),
  })
  .map(
    (r) =>
      `Purpose: ${r.purpose}\nWho: ${r.who}\n\nSteps:\n${r.steps.map((s, i) => `${i + 1}. ${s}`).join("\n")}\n\nDone when: ${r.done}\n\n${r.extra}`,
  );

/** The same as an issue form. */
const formBody = fc
  .record({
    name: line,
    purpose: line,
    steps: fc.array(line, { minLength: 1, maxLength: 6 }),
    tools: fc.array(line, { maxLength: 3 }),
  })
  .map(
    (r) =>
      `### Process name\n\n${r.name}\n\n### Purpose — what outcome it produces\n\n${r.purpose}\n\n### Steps as they really happen\n\n${r.steps.map((s, i) => `${i + 1}. ${s}`).join("\n")}\n\n### Tools, systems and access needed\n\n${r.tools.map((t) => `- ${t}`).join("\n")}\n`,
  );

/** 60,000 to 70,000 characters: past GitHub's own limit for a comment. */
const hugeBody = fc
  .tuple(
    structuredBody,
    fc.array(piece, { minLength: 1, maxLength: 8 }),
    fc.integer({ min: 60_000, max: 70_000 }),
  )
  .map(([head, pieces, size]) => {
    const filler = pieces.join("") || "x";
    return (head + "\n" + filler.repeat(Math.ceil(size / filler.length))).slice(
      0,
      size,
    );
  });

const titles = fc.oneof(
  hostileText(10),
  fc.constantFrom(
    "../../../.github/workflows/deploy.yml",
    "CON",
    "nul.txt",
    "COM1",
    "..",
    ".",
    "/",
    "\\\\server\\share",
    "a".repeat(300),
    "\u202Egpj.exe",
    "@acme/everyone",
    "/sop approve",
  ),
  line.map((t) => `SOP: ${t}`),
);

const bodies = fc.oneof(
  { weight: 8, arbitrary: structuredBody },
  { weight: 4, arbitrary: formBody },
  { weight: 7, arbitrary: hostileText(60) },
  { weight: 1, arbitrary: hugeBody },
);

/** A comment: hostile text, answers, or a whole forged note (as written, or behind an invisible character). */
const commentBody = fc.oneof(
  { weight: 4, arbitrary: hostileText(30) },
  { weight: 2, arbitrary: structuredBody },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom("", "\uFEFF", "\u200B", " ", "\n"),
        fc.constantFrom(...FORGED_NOTES),
      )
      .map(([lead, note]) => lead + note),
  },
);

const comments = fc.array(
  fc.record({
    actor: fc.constantFrom<Actor>(
      "operator",
      "stranger",
      "impostor",
      "maintainer",
    ),
    body: commentBody,
  }),
  { maxLength: 3 },
);

const yamlString = (value: string) => JSON.stringify(value);

/** A billion-laughs document: each level aliases the one below ten times. */
const billionLaughs = (key: string) => {
  const levels = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    const below = String.fromCharCode(96 + i);
    levels.push(`${name}: &${name} [${Array(10).fill(`*${below}`).join(",")}]`);
  }
  return `${levels.join("\n")}\n${key}: *i\n`;
};

const configs = fc.oneof(
  { weight: 30, arbitrary: fc.constant(null) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(
        "docs/sops",
        "handbook",
        "./docs",
        "docs//sops",
        "a/./b",
        ".",
        "../x",
        ".github/workflows",
        "./.github",
        ".GITHUB/x",
        "/abs",
        "C:/x",
        "docs\\sops",
        "docs/sops/",
        "x".repeat(300),
      )
      .map((folder) => `docs_folder: ${yamlString(folder)}\n`),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        "reviewers",
        "approvers",
        "model",
        "unknown_key",
        "docs_folder",
      )
      .map(billionLaughs),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(100, 2_000, 20_000)
      .map((depth) => `reviewers: ${"[".repeat(depth)}${"]".repeat(depth)}\n`),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(100, 5_000)
      .map((depth) => `model: ${"{a: ".repeat(depth)}1${"}".repeat(depth)}\n`),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(200, 2_000)
      .map((n) => `reviewers:\n${"  - [x]\n".repeat(n)}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(100, 1_000)
      .map((n) =>
        Array.from(
          { length: n },
          (_, i) => `key_${i}_${"k".repeat(20)}: 1`,
        ).join("\n"),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constant(
      "base: &base {docs_folder: docs}\nmerged:\n  <<: [*base, *base, *base]\n",
    ),
  },
  { weight: 1, arbitrary: hostileText(20) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 60 }), hostileText(6))
      .map(
        ([label, reviewer]) =>
          `trigger_label: ${yamlString(label)}\nreviewers: [${yamlString(reviewer)}]\n`,
      ),
  },
);

const existing = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: hostileText(40) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc
        .integer({ min: 0, max: 0xffff })
        .map((c) => String.fromCharCode(c)),
      maxLength: 200,
    }),
  },
);

export const fuzzCaseArbitrary: fc.Arbitrary<FuzzCase> = fc.record({
  title: titles,
  body: bodies,
  comments,
  config: configs,
  existingSop: existing,
});
