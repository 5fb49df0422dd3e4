import { significantWords } from "../capture/significant-words.js";
import type { Capture } from "../capture/capture-schema.js";
import type { SopContent, SopStep } from "../sop/sop-schema.js";
import { captureChanges, type CaptureChange } from "./capture-changes.js";

/** Share of a captured text's meaningful words an SOP item must hold to be the one it became. */
const SAME_ITEM = 0.6;

/**
 * An edited request merged into the SOP as it stands on the branch: only the
 * captured facts that changed are applied, each to the item it became, so
 * what reviewers added, removed or reworded elsewhere stays as they left it.
 */
export function mergeRequestEdit(input: {
  content: SopContent;
  before: Capture;
  after: Capture;
}): { content: SopContent; changes: CaptureChange[] } {
  const changes = captureChanges(input.before, input.after);
  const content = changes.reduce(applyChange, structuredClone(input.content));
  return { content, changes };
}

function applyChange(content: SopContent, change: CaptureChange): SopContent {
  switch (change.field) {
    case "name":
      return change.to ? { ...content, title: change.to } : content;
    case "purpose":
    case "trigger":
      return change.to
        ? { ...content, [change.field]: sentence(change.to) }
        : content;
    case "definitionOfDone":
      return {
        ...content,
        definitionOfDone: replaceItem(
          content.definitionOfDone,
          change.from,
          change.to,
        ),
      };
    case "role":
      return { ...content, roles: toggle(content.roles, change) };
    case "tool":
      return {
        ...content,
        prerequisites: change.added
          ? [...content.prerequisites, change.text]
          : content.prerequisites.filter(
              (p) => !p.toLowerCase().startsWith(change.text.toLowerCase()),
            ),
      };
    case "step":
      return { ...content, steps: changeSteps(content.steps, change) };
    case "pitfall": {
      const at = bestMatch(
        change.pitfall.text,
        content.edgeCases.map((e) => e.case),
      );
      const edgeCases = [...content.edgeCases];
      if (change.kind === "removed") {
        if (at !== null) edgeCases.splice(at, 1);
      } else {
        const edge = {
          case: sentence(change.pitfall.text),
          action: sentence(
            change.pitfall.handling ??
              "Not yet known: ask the owner of this SOP",
          ),
        };
        if (at === null) edgeCases.push(edge);
        else edgeCases[at] = edge;
      }
      return { ...content, edgeCases };
    }
  }
}

function changeSteps(
  steps: SopStep[],
  change: Extract<CaptureChange, { field: "step" }>,
): SopStep[] {
  const texts = steps.map((s) => [s.action, ...s.substeps].join(" "));
  const next = [...steps];
  if (change.kind === "added") {
    const after = change.after === null ? -1 : bestMatch(change.after, texts);
    const at = after === null ? next.length : after + 1;
    next.splice(at, 0, { action: sentence(change.text), substeps: [] });
    return next;
  }
  const at = bestMatch(
    change.kind === "removed" ? change.text : change.from,
    texts,
  );
  // Not there: a reviewer removed or rewrote that step, and their version stays.
  if (at === null) return next;
  if (change.kind === "removed") next.splice(at, 1);
  else next[at] = { ...(next[at] as SopStep), action: sentence(change.to) };
  return next;
}

function replaceItem(
  items: string[],
  from: string | null,
  to: string | null,
): string[] {
  const at = from === null ? null : bestMatch(from, items);
  const next = [...items];
  if (at !== null) next.splice(at, 1, ...(to ? [sentence(to)] : []));
  else if (to) next.push(sentence(to));
  return next;
}

function toggle(
  items: string[],
  change: { added: boolean; text: string },
): string[] {
  const key = change.text.trim().toLowerCase();
  const rest = items.filter((i) => i.trim().toLowerCase() !== key);
  return change.added ? [...rest, change.text] : rest;
}

/** The candidate holding most of the text's meaningful words (at least SAME_ITEM of them), or null. */
function bestMatch(text: string, candidates: string[]): number | null {
  const words = [...new Set(significantWords(text))];
  if (words.length === 0) return null;
  let best: { at: number; share: number } | null = null;
  candidates.forEach((candidate, at) => {
    const present = new Set(significantWords(candidate));
    const share = words.filter((w) => present.has(w)).length / words.length;
    if (share >= SAME_ITEM && (best === null || share > best.share))
      best = { at, share };
  });
  return (best as { at: number } | null)?.at ?? null;
}

/** Operator text as an SOP sentence: capitalised, ending with a full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?:]$/.test(first) ? first : `${first}.`;
}
