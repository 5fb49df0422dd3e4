import { actionCount } from "../action-count.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";
import { stepItems } from "../step-items.js";

export const stepOneAction: CheckRule = {
  id: "step-one-action",
  severity: "warning",
  description:
    'Each step holds one action: one sentence, no "; ", no " and then ".',
  check({ parsed }) {
    return stepItems(parsed).flatMap((step) => {
      const count = actionCount(step.text);
      if (count <= 1) return [];
      const message = `Unexpected ${count} actions in ${step.label}, expected one action per step`;
      return [findingAt({ rule: stepOneAction, at: step.at, message })];
    });
  },
};
