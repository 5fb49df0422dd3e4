import type { Capture } from "../capture/capture-schema.js";
import type { SopContent } from "../sop/sop-schema.js";

/**
 * A revision's capture: the published SOP read back as a capture, so the
 * draft step, the checks and the capture-coverage rule start from what is
 * published, not from scratch. Nothing is open: the change asked for travels
 * as feedback to the draft.
 */
export function captureFromSop(content: SopContent): Capture {
  return {
    name: content.title,
    purpose: content.purpose || null,
    roles: content.roles,
    trigger: content.trigger || null,
    steps: content.steps.map((step) => ({
      text: step.action,
      tools: [],
      access: [],
      tribal: false,
      clarification: null,
    })),
    tools: [],
    pitfalls: content.edgeCases.map((e) => ({
      text: e.case,
      handling: e.action || null,
    })),
    definitionOfDone: content.definitionOfDone.join("\n") || null,
    cautions: [
      ...(content.cautions ?? []).map((text) => ({ text, step: null })),
    ],
    definitions: content.definitions ?? [],
    notes: [],
    questions: [],
    nextQuestionId: 1,
  };
}
