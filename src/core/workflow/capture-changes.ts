import type {
  Capture,
  CaptureStep,
  Pitfall,
} from "../capture/capture-schema.js";
import { quoteText } from "../capture/quote-text.js";
import { matchSequence } from "../sop/match-sequence.js";

/** One fact the request (as captured) says differently now. */
export type CaptureChange =
  | {
      field: "name" | "purpose" | "trigger" | "definitionOfDone";
      from: string | null;
      to: string | null;
    }
  | { field: "role"; added: boolean; text: string }
  | { field: "tool"; added: boolean; text: string }
  | { field: "step"; kind: "added"; text: string; after: string | null }
  | { field: "step"; kind: "removed"; text: string }
  | { field: "step"; kind: "reworded"; from: string; to: string }
  | {
      field: "pitfall";
      kind: "added" | "removed" | "changed";
      pitfall: Pitfall;
    };

/** A captured step as the SOP would say it: the operator's clarification when there is one. */
export function stepWords(step: CaptureStep): string {
  return step.clarification ?? step.text;
}

/**
 * Which captured facts changed between two captures of one task's request:
 * steps added, removed and reworded (in order), roles, tools and pitfalls
 * added and removed, and the single-valued fields rewritten.
 */
export function captureChanges(
  before: Capture,
  after: Capture,
): CaptureChange[] {
  const changes: CaptureChange[] = [];
  for (const field of [
    "name",
    "purpose",
    "trigger",
    "definitionOfDone",
  ] as const)
    if ((before[field] ?? "") !== (after[field] ?? ""))
      changes.push({ field, from: before[field], to: after[field] });
  changes.push(...listChanges("role", before.roles, after.roles));
  changes.push(
    ...listChanges(
      "tool",
      before.tools.map((t) => t.name),
      after.tools.map((t) => t.name),
    ),
  );
  const old = before.steps.map(stepWords);
  const now = after.steps.map(stepWords);
  const matches = matchSequence(old, now);
  const kept = new Set(matches.map((m) => m.from));
  old.forEach((text, i) => {
    if (!kept.has(i)) changes.push({ field: "step", kind: "removed", text });
  });
  matches.forEach(({ from, same }, i) => {
    const to = now[i] ?? "";
    if (same) return;
    if (from === null)
      changes.push({
        field: "step",
        kind: "added",
        text: to,
        after: i > 0 ? (now[i - 1] ?? null) : null,
      });
    else
      changes.push({
        field: "step",
        kind: "reworded",
        from: old[from] ?? "",
        to,
      });
  });
  const pitfallKey = (p: Pitfall) => p.text;
  for (const pitfall of after.pitfalls) {
    const was = before.pitfalls.find(
      (p) => pitfallKey(p) === pitfallKey(pitfall),
    );
    if (!was) changes.push({ field: "pitfall", kind: "added", pitfall });
    else if (was.handling !== pitfall.handling)
      changes.push({ field: "pitfall", kind: "changed", pitfall });
  }
  for (const pitfall of before.pitfalls)
    if (!after.pitfalls.some((p) => pitfallKey(p) === pitfallKey(pitfall)))
      changes.push({ field: "pitfall", kind: "removed", pitfall });
  return changes;
}

function listChanges(
  field: "role" | "tool",
  before: string[],
  after: string[],
): CaptureChange[] {
  const key = (s: string) => s.trim().toLowerCase();
  return [
    ...before
      .filter((b) => !after.some((a) => key(a) === key(b)))
      .map((text) => ({ field, added: false, text })),
    ...after
      .filter((a) => !before.some((b) => key(a) === key(b)))
      .map((text) => ({ field, added: true, text })),
  ];
}

const NAMES = {
  name: "Process name",
  purpose: "Purpose",
  trigger: "Trigger",
  definitionOfDone: "Definition of done",
} as const;

/** A change as one line of the draft note's "What changed in the request". */
export function describeCaptureChange(change: CaptureChange): string {
  const q = (text: string | null) =>
    text ? `"${quoteText(text, 80)}"` : "nothing";
  switch (change.field) {
    case "role":
      return `Role ${change.added ? "added" : "removed"}: ${q(change.text)}`;
    case "tool":
      return `Tool ${change.added ? "added" : "removed"}: ${q(change.text)}`;
    case "step":
      if (change.kind === "added") return `Step added: ${q(change.text)}`;
      if (change.kind === "removed") return `Step removed: ${q(change.text)}`;
      return `Step reworded: ${q(change.from)} → ${q(change.to)}`;
    case "pitfall":
      return `Pitfall ${change.kind}: ${q(change.pitfall.text)}`;
    case "name":
    case "purpose":
    case "trigger":
    case "definitionOfDone":
      return `${NAMES[change.field]}: ${q(change.from)} → ${q(change.to)}`;
  }
}
