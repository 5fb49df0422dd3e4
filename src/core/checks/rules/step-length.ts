import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";
import { stepItems } from "../step-items.js";

const MAX_WORDS = 30;

export const stepLength: CheckRule = {
  id: "step-length",
  severity: "suggestion",
  description: `A step of more than ${MAX_WORDS} words is hard to follow mid-task; split it or move detail to sub-steps.`,
  check({ parsed }) {
    return stepItems(parsed).flatMap((step) => {
      const words = step.text.split(/\s+/).filter((word) => word !== "").length;
      if (words <= MAX_WORDS) return [];
      const message = `Unexpected ${words} words in ${step.label}, expected at most ${MAX_WORDS}`;
      return [findingAt({ rule: stepLength, at: step.at, message })];
    });
  },
};
