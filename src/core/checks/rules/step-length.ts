import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";
import { stepItems } from "../step-items.js";

const MAX_WORDS = 30;

export const stepLength: CheckRule = {
  id: "step-length",
  severity: "suggestion",
  description: `A step of more than ${MAX_WORDS} words is hard to follow mid-task; split it or move detail to sub-steps.`,
  rationale:
    "A step is read mid-task, often while switching between windows. More than 30 words is hard to hold in mind; move detail into sub-steps or the Edge cases section. A suggestion: long steps are sometimes right.",
  ok: [
    {
      name: "a short step",
      markdown: `## Steps

1. Open the charge in the Stripe dashboard.
`,
    },
  ],
  notOk: [
    {
      name: "a step of 32 words",
      markdown: `## Steps

1. Open the charge in the Stripe dashboard, which you find under Payments in the left-hand menu next to the customer list that the finance team keeps up to date for every market.
`,
      messages: ["3:4: Unexpected 32 words in step 1, expected at most 30"],
    },
  ],
  check({ parsed }) {
    return stepItems(parsed).flatMap((step) => {
      const words = step.text.split(/\s+/).filter((word) => word !== "").length;
      if (words <= MAX_WORDS) return [];
      const message = `Unexpected ${words} words in ${step.label}, expected at most ${MAX_WORDS}`;
      return [findingAt({ rule: stepLength, at: step.at, message })];
    });
  },
};
