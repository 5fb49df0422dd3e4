import type { Capture } from "../capture/capture-schema.js";
import type { SopContent } from "../sop/sop-schema.js";
import { captureTools } from "./capture-tools.js";
import { significantWords } from "../capture/significant-words.js";

export type CoverageKind =
  "step" | "tool" | "pitfall" | "definition-of-done" | "trigger";

export interface CoverageItem {
  item: string;
  kind: CoverageKind;
  covered: boolean;
}

/** Share of an item's significant words that one SOP item must hold for the item to count as covered. */
const THRESHOLD = 0.7;

/** Every captured step, tool, pitfall, definition of done and trigger, and whether the SOP kept it. */
export function measureCoverage({
  capture,
  content,
}: {
  capture: Capture;
  content: SopContent;
}): CoverageItem[] {
  const stepTexts = content.steps.flatMap((step) => [
    step.action,
    ...step.substeps,
    [step.action, ...step.substeps].join(" "),
  ]);
  const edgeTexts = content.edgeCases.map(
    (edge) => `${edge.case} ${edge.action}`,
  );
  const doneTexts = [
    ...content.definitionOfDone,
    content.definitionOfDone.join(" "),
  ];
  return [
    ...capture.steps.map((step) => ({
      item: step.text,
      kind: "step" as const,
      covered: [step.text, step.clarification ?? ""].some(
        (text) => text !== "" && isCovered({ text, candidates: stepTexts }),
      ),
    })),
    ...captureTools(capture).map((tool) => ({
      item: tool.name,
      kind: "tool" as const,
      covered: isCovered({
        text: tool.name,
        candidates: content.prerequisites,
      }),
    })),
    ...capture.pitfalls.map((pitfall) => ({
      item: pitfall.text,
      kind: "pitfall" as const,
      covered: isCovered({ text: pitfall.text, candidates: edgeTexts }),
    })),
    ...optional(capture.definitionOfDone, "definition-of-done", doneTexts),
    ...optional(capture.trigger, "trigger", [content.trigger]),
  ];
}

function optional(
  text: string | null,
  kind: CoverageKind,
  candidates: string[],
): CoverageItem[] {
  if (text === null || text.trim() === "") return [];
  return [{ item: text, kind, covered: isCovered({ text, candidates }) }];
}

/** True when one candidate holds at least 70% of the text's significant words. */
export function isCovered({
  text,
  candidates,
}: {
  text: string;
  candidates: string[];
}): boolean {
  const words = [...new Set(significantWords(text))];
  if (words.length === 0) {
    const needle = text.trim().toLowerCase();
    return candidates.some((candidate) =>
      candidate.toLowerCase().includes(needle),
    );
  }
  return candidates.some((candidate) => {
    const present = new Set(significantWords(candidate));
    return (
      words.filter((word) => present.has(word)).length / words.length >=
      THRESHOLD
    );
  });
}
