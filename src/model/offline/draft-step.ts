import type { CaptureStep } from "../../core/capture/capture-schema.js";
import { isCovered } from "../../core/checks/measure-coverage.js";
import type { SopStep } from "../../core/sop/sop-schema.js";
import { splitActions } from "./split-actions.js";
import { toImperative } from "./to-imperative.js";

export interface DraftStepInput {
  step: Pick<CaptureStep, "text" | "tools" | "clarification">;
  roles: string[];
  /** The flagged placeholder when a question about this step is open, else null. */
  placeholder: string | null;
}

/**
 * One captured step as one SOP step: the first action, the rest as
 * sub-steps, each an instruction. A clarified step is drafted from its
 * clarification and keeps the operator's first words as a sub-step; so does
 * any step whose rewording lost too many of those words.
 */
export function draftStep({
  step,
  roles,
  placeholder,
}: DraftStepInput): SopStep {
  const source = step.clarification ?? step.text;
  const [action = source, ...rest] = splitActions(source).map((part) =>
    finish(toImperative(part, roles)),
  );
  const substeps = [...rest];
  const drafted = [action, ...substeps].join(" ");
  const missing = step.tools.filter(
    (tool) => !drafted.toLowerCase().includes(tool.toLowerCase()),
  );
  const withTools =
    missing.length === 0
      ? action
      : `${unfinish(action)} (in ${missing.join(", ")}).`;
  const candidates = [
    withTools,
    ...substeps,
    [withTools, ...substeps].join(" "),
  ];
  if (
    step.clarification !== null ||
    !isCovered({ text: step.text, candidates })
  ) {
    substeps.push(`Originally described as: ${step.text}`);
  }
  if (placeholder !== null) substeps.push(placeholder);
  return { action: withTools, substeps };
}

function finish(text: string): string {
  return /[.!?:]$/.test(text) ? text : `${text}.`;
}

function unfinish(text: string): string {
  return text.replace(/\.$/, "");
}
