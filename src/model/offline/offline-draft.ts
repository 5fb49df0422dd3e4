import { captureTools } from "../../core/checks/capture-tools.js";
import type { DraftInput } from "../../core/ports/model.js";
import type { SopContent } from "../../core/sop/sop-schema.js";
import { applyFeedback } from "./apply-feedback.js";
import { draftSop } from "./draft-sop.js";

/**
 * A redraft for review feedback starts from the SOP as it stands on the
 * branch, people's edits included, and applies only the new feedback to it.
 * A first draft, or a new draft from a changed capture, is built from the
 * capture (earlier rounds' feedback applied again first).
 */
export function offlineDraft(input: DraftInput): SopContent {
  const { capture, previous, feedback } = input;
  if (previous !== null && feedback.length > 0)
    return applyFeedback({
      content: previous,
      feedback,
      roles: capture.roles,
      tools: captureTools(capture).map((tool) => tool.name),
    }).content;
  return draftSop({
    capture,
    feedback: [...input.earlierFeedback, ...feedback],
  }).content;
}
