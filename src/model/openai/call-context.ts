import type { ModelIdentity } from "../../core/ports/model.js";

export type StepName = "capture" | "draft" | "walkthrough";

/** What an error message needs to say which call failed and why. */
export interface CallContext {
  step: StepName;
  identity: ModelIdentity;
  timeoutMs: number;
  stepDeadlineMs: number;
}

const STEP_TITLES: Record<StepName, string> = {
  capture: "Capture",
  draft: "Draft",
  walkthrough: "Walkthrough",
};

/** "Capture (openai gpt-4.1-mini)": the prefix of every error message. */
export function describeCall(context: CallContext): string {
  return `${STEP_TITLES[context.step]} (${context.identity.provider} ${context.identity.model})`;
}

/** "90 s", or "300 ms" below a second. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`;
}
