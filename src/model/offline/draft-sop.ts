import type { Capture } from "../../core/capture/capture-schema.js";
import { captureTools } from "../../core/checks/capture-tools.js";
import type { Feedback } from "../../core/ports/model.js";
import type { SopContent } from "../../core/sop/sop-schema.js";
import type { Addressed } from "./apply-feedback.js";
import { applyFeedback } from "./apply-feedback.js";
import { draftFromCapture } from "./draft-from-capture.js";

/**
 * The offline draft: a pure function of the capture and the feedback, so the
 * walkthrough can compute again exactly how each piece of feedback was
 * addressed. It is rebuilt from the capture every time, which is also why an
 * answer given after an earlier draft always reaches the next one.
 */
export function draftSop(input: { capture: Capture; feedback: Feedback[] }): {
  content: SopContent;
  addressed: Addressed[];
} {
  const { capture, feedback } = input;
  return applyFeedback({
    content: draftFromCapture(capture),
    feedback,
    roles: capture.roles,
    tools: captureTools(capture).map((tool) => tool.name),
  });
}
