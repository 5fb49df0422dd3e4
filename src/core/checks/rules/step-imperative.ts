import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";
import { nonImperativeStart } from "../imperative-start.js";
import { stepItems } from "../step-items.js";

export const stepImperative: CheckRule = {
  id: "step-imperative",
  severity: "error",
  description:
    'Each step and sub-step starts with an imperative verb, or "If/When …, <verb> …".',
  rationale:
    'A step is an instruction to the reader. Starting with the verb ("Open the charge") says at once what to do; "Then you open…" or "The agent opens…" describe what someone does and hide whether the reader is meant to do it. A condition must say what to do when it holds.',
  ok: [
    {
      name: "instructions, a condition with its action",
      markdown: `## Steps

1. Open the charge in the Stripe dashboard.
2. If the card has expired, refund anyway.
3. When the refund shows as pending, then reply to the customer.
`,
    },
  ],
  notOk: [
    {
      name: "narration, a description and a condition without action",
      markdown: `## Steps

1. Then open the charge in the Stripe dashboard.
2. The agent clicks Refund.
3. If the card has expired
4. Replies to the customer.
`,
      messages: [
        '3:4: Unexpected "Then" at the start of step 1, expected an imperative verb (or "If/When …, <verb> …")',
        '4:4: Unexpected "The" at the start of step 2, expected an imperative verb (or "If/When …, <verb> …")',
        '5:4: Unexpected condition "If …" without an action in step 3, expected "If/When …, <verb> …"',
        '6:4: Unexpected "Replies" at the start of step 4, expected an imperative verb (or "If/When …, <verb> …")',
      ],
    },
  ],
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
