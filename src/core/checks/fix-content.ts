import type { Capture } from "../capture/capture-schema.js";
import type { SopContent, SopStep } from "../sop/sop-schema.js";
import { captureAccess } from "./capture-access.js";
import { isCovered } from "./measure-coverage.js";
import { captureTools } from "./capture-tools.js";
import { nonImperativeStart } from "./imperative-start.js";

const NARRATION = /^(?:I|We|You|Then|First|Next|Also),?\s+/i;

/**
 * Repairs what needs no model: tools, access and handled pitfalls the capture
 * has but the SOP lost, and narrated step openings ("Then open…" → "Open…").
 * Pitfalls nobody said how to handle are left alone: they need a person.
 */
export function fixContent({
  content,
  capture,
}: {
  content: SopContent;
  capture: Capture;
}): { content: SopContent; fixed: string[] } {
  const fixed: string[] = [];
  const prerequisites = [...content.prerequisites];
  for (const tool of captureTools(capture)) {
    if (
      prerequisites.some((item) =>
        item.toLowerCase().includes(tool.name.toLowerCase()),
      )
    )
      continue;
    prerequisites.push(
      tool.access === null
        ? tool.name
        : `${tool.name} (access: ${tool.access})`,
    );
    fixed.push(`Added "${tool.name}" to Prerequisites`);
  }
  for (const access of captureAccess(capture)) {
    if (isCovered({ text: access, candidates: prerequisites })) continue;
    prerequisites.push(`Access: ${access}`);
    fixed.push(`Added access "${access}" to Prerequisites`);
  }
  const edgeCases = [...content.edgeCases];
  for (const pitfall of capture.pitfalls) {
    const known = edgeCases.map((edge) => `${edge.case} ${edge.action}`);
    if (
      pitfall.handling === null ||
      isCovered({ text: pitfall.text, candidates: known })
    )
      continue;
    edgeCases.push({ case: pitfall.text, action: pitfall.handling });
    fixed.push(`Added edge case "${pitfall.text}" to Edge cases`);
  }
  const steps = content.steps.map((step, index) =>
    fixStep({ step, label: `step ${index + 1}`, fixed }),
  );
  return { content: { ...content, prerequisites, edgeCases, steps }, fixed };
}

function fixStep({
  step,
  label,
  fixed,
}: {
  step: SopStep;
  label: string;
  fixed: string[];
}): SopStep {
  return {
    ...step,
    action: fixOpening({ text: step.action, label, fixed }),
    substeps: step.substeps.map((text, index) =>
      fixOpening({ text, label: `${label}.${index + 1}`, fixed }),
    ),
  };
}

/** Drops narrating words ("Then you …") when what remains starts like an instruction. */
function fixOpening({
  text,
  label,
  fixed,
}: {
  text: string;
  label: string;
  fixed: string[];
}): string {
  let rest = text.trimStart();
  while (NARRATION.test(rest)) rest = rest.replace(NARRATION, "");
  if (
    rest === text.trimStart() ||
    rest === "" ||
    nonImperativeStart(rest) !== null
  )
    return text;
  const dropped = text
    .trimStart()
    .slice(0, text.trimStart().length - rest.length)
    .trim()
    .replace(/,$/, "");
  fixed.push(`Removed "${dropped}" from the start of ${label}`);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
