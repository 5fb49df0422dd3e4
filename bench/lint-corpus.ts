// The SOP files bench/lint.ts times the linters on, also read by the test that proves the fast Markdown path equal to the full parser on them.
import { renderSop } from "../src/core/sop/render-sop.js";
import type { SopFile } from "../src/core/sop/sop-schema.js";

/** A small seeded generator, so every run lints the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = [
  "Open",
  "Check",
  "Select",
  "Enter",
  "Copy",
  "Confirm",
  "Upload",
  "Send",
  "Review",
  "Restart",
  "Export",
  "Archive",
];
const THINGS = [
  "the invoice",
  "the customer record",
  "the deploy log",
  "the refund form",
  "the access request",
  "the backup report",
  "the on-call rota",
];
const TOOLS = [
  "Stripe dashboard",
  "Zendesk",
  "Grafana",
  "Vault",
  "kubectl",
  "Google Workspace",
  "Jira",
  "PagerDuty",
  "Salesforce",
];

/** SOP file number `index` of the corpus: the same on every run. */
export function lintCorpusFile(index: number): string {
  return renderSop(sopFile(index));
}

function sopFile(index: number): SopFile {
  const next = random(index + 1);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)] as T;
  const some = <T>(min: number, max: number, make: (i: number) => T): T[] =>
    Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, (_, i) =>
      make(i),
    );
  const sentence = (): string =>
    `${pick(VERBS)} ${pick(THINGS)} in ${pick(TOOLS)}.`;
  // About one file in ten carries a defect, so the linters have findings to report.
  const flawed = next() < 0.1;
  const title = `${pick(VERBS)} ${pick(THINGS)} ${index}`;
  return {
    frontMatter: {
      id: `sop-${index}`,
      title,
      version: "1.0",
      status: "draft",
      owner: "mona",
      trigger: "A ticket arrives",
      source_issue: `acme/ops#${index}`,
      last_validated: "2026-11-20",
      review_due: flawed ? "2026-01-01" : "2027-05-19",
      approval: null,
    },
    content: {
      title,
      purpose: some(
        1,
        2,
        () =>
          `Keep ${pick(THINGS)} correct and on time for the team that relies on it.`,
      ).join("\n\n"),
      scope: `Everything about ${pick(THINGS)}.`,
      trigger: `A request about ${pick(THINGS)} arrives.`,
      roles: some(1, 3, (i) => `Role ${i + 1}`),
      prerequisites: some(2, 5, () => `${pick(TOOLS)} (access: editor)`),
      steps: some(4, 14, (i) => ({
        action:
          flawed && i === 2 ? `Then ${sentence().toLowerCase()}` : sentence(),
        substeps: some(0, 3, sentence),
      })),
      edgeCases: some(1, 4, () => ({
        case: `${pick(THINGS)} is missing`,
        action: sentence(),
      })),
      definitionOfDone: some(1, 3, () => `${pick(THINGS)} is up to date.`),
      gaps: flawed ? [{ questionId: 1, text: "Who signs off?" }] : [],
    },
    revisions: [
      {
        version: "1.0",
        date: "2026-11-20",
        author: "sopflow",
        change: "First draft",
      },
    ],
  };
}
