import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";
import { nonImperativeStart } from "../imperative-start.js";
import { stepItems } from "../step-items.js";

export const stepImperative: CheckRule = {
  id: "step-imperative",
  severity: "error",
  description:
    'Each step and sub-step starts with an imperative verb, or "If/When …, <verb> …".',
  check({ parsed }) {
    return stepItems(parsed).flatMap((step) => {
      if (step.text.trim() === "") {
        return [
          findingAt({
            rule: stepImperative,
            at: step.at,
            message: `Unexpected empty ${step.label}, expected an action`,
          }),
        ];
      }
      const problem = nonImperativeStart(step.text);
      if (problem === null) return [];
      const message = problem.conditionWithoutAction
        ? `Unexpected condition "${problem.word} …" without an action in ${step.label}, expected "If/When …, <verb> …"`
        : `Unexpected "${problem.word}" at the start of ${step.label}, expected an imperative verb (or "If/When …, <verb> …")`;
      return [findingAt({ rule: stepImperative, at: step.at, message })];
    });
  },
};
