import { quoteText } from "../capture/quote-text.js";
import { matchSequence } from "./match-sequence.js";
import type { SopContent, SopStep } from "./sop-schema.js";

/**
 * What changed between two versions of an SOP's content, in words a
 * reviewer can check against the diff: steps added, removed and reworded,
 * list items added and removed, prose sections rewritten.
 */
export function describeChanges(
  before: SopContent,
  after: SopContent,
): string[] {
  const changes: string[] = [];
  if (before.title !== after.title)
    changes.push(`Title changed to "${quoteText(after.title, 80)}"`);
  for (const key of ["purpose", "scope", "trigger"] as const)
    if (before[key] !== after[key]) changes.push(`${NAMES[key]} rewritten`);
  changes.push(...stepChanges(before.steps, after.steps));
  for (const key of ["roles", "prerequisites", "definitionOfDone"] as const)
    changes.push(...itemChanges(NAMES[key], before[key], after[key]));
  changes.push(
    ...itemChanges(
      NAMES.edgeCases,
      before.edgeCases.map((e) => `${e.case}: ${e.action}`),
      after.edgeCases.map((e) => `${e.case}: ${e.action}`),
    ),
  );
  const open = (gaps: SopContent["gaps"]) =>
    gaps.map((g) => `Open question ${g.questionId}`);
  changes.push(...itemChanges(NAMES.gaps, open(before.gaps), open(after.gaps)));
  return changes;
}

const NAMES = {
  purpose: "Purpose",
  scope: "Scope",
  trigger: "Trigger",
  roles: "Roles",
  prerequisites: "Prerequisites",
  definitionOfDone: "Definition of done",
  edgeCases: "Edge cases",
  gaps: "Open questions",
} as const;

function stepText(step: SopStep): string {
  return [step.action, ...step.substeps].join(" / ");
}

function stepChanges(before: SopStep[], after: SopStep[]): string[] {
  const old = before.map(stepText);
  const matches = matchSequence(old, after.map(stepText));
  const kept = new Set(matches.map((m) => m.from));
  const changes = matches.flatMap(({ from, same }, i): string[] => {
    const now = `"${quoteText(stepText(after[i] as SopStep), 80)}"`;
    if (same) return [];
    if (from === null) return [`Added step ${i + 1}: ${now}`];
    return [
      `Reworded step ${from + 1}${from === i ? "" : ` (now step ${i + 1})`}: "${quoteText(old[from] ?? "", 80)}" → ${now}`,
    ];
  });
  const removed = old.flatMap((text, i) =>
    kept.has(i) ? [] : [`Removed step ${i + 1}: "${quoteText(text, 80)}"`],
  );
  return [...removed, ...changes];
}

function itemChanges(
  name: string,
  before: string[],
  after: string[],
): string[] {
  const matches = matchSequence(before, after);
  const kept = new Set(matches.map((m) => m.from));
  return [
    ...before.flatMap((text, i) =>
      kept.has(i) ? [] : [`${name}: removed "${quoteText(text, 80)}"`],
    ),
    ...matches.flatMap(({ from, same }, i) => {
      if (same) return [];
      const now = `"${quoteText(after[i] ?? "", 80)}"`;
      return from === null
        ? [`${name}: added ${now}`]
        : [`${name}: changed "${quoteText(before[from] ?? "", 80)}" → ${now}`];
    }),
  ];
}
