import { actionCount } from "../action-count.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";
import { stepItems } from "../step-items.js";

export const stepOneAction: CheckRule = {
  id: "step-one-action",
  severity: "warning",
  description:
    'Each step holds one action: one sentence, no "; ", no " and then ".',
  rationale:
    'One action per step keeps a reader from skipping the second half of a step and makes "I am at step 4" precise. Several actions in one step are several steps.',
  ok: [
    {
      name: "one action each, abbreviations allowed",
      markdown: `## Steps

1. Open the charge in the Stripe dashboard.
2. Enter the reason, e.g. Duplicate charge.
`,
    },
  ],
  notOk: [
    {
      name: 'two sentences, a semicolon, "and then"',
      markdown: `## Steps

1. Open the charge. Click Refund.
2. Enter the amount; confirm it.
3. Click Refund and then close the tab.
`,
      messages: [
        "3:4: Unexpected 2 actions in step 1, expected one action per step",
        "4:4: Unexpected 2 actions in step 2, expected one action per step",
        "5:4: Unexpected 2 actions in step 3, expected one action per step",
      ],
    },
  ],
  check({ parsed }) {
    return stepItems(parsed).flatMap((step) => {
      const count = actionCount(step.text);
      if (count <= 1) return [];
      const message = `Unexpected ${count} actions in ${step.label}, expected one action per step`;
      return [findingAt({ rule: stepOneAction, at: step.at, message })];
    });
  },
};
