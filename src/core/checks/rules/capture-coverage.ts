import { findSection } from "../../sop/find-section.js";
import { SECTION } from "../../sop/sop-sections.js";
import type { CoverageKind } from "../measure-coverage.js";
import { measureCoverage } from "../measure-coverage.js";
import type { CheckRule } from "../check-rule.js";
import { documentStart, findingAt } from "../check-rule.js";

const WHERE: Record<
  Exclude<CoverageKind, "tool">,
  { label: string; section: string }
> = {
  step: { label: "step", section: SECTION.steps },
  pitfall: { label: "pitfall", section: SECTION.edgeCases },
  "definition-of-done": {
    label: "definition of done",
    section: SECTION.definitionOfDone,
  },
  trigger: { label: "trigger", section: SECTION.trigger },
};

export const captureCoverageRule: CheckRule = {
  id: "capture-coverage",
  severity: "error",
  description:
    "Nothing captured is lost: every captured step, pitfall, trigger and definition of done appears in the SOP " +
    "(tools are checked by prerequisites-cover-tools; needs the capture).",
  rationale:
    'The capture holds what the operator said, including the small remembered steps ("oh, and you also have to…") that are the reason to write an SOP at all. A draft that drops one reads fine and fails in practice. Only checked when the capture is known (in the walkthrough, not in `sopflow lint`).',
  ok: [
    {
      name: "every captured step, pitfall, trigger and definition of done kept",
      markdown: `# Refund a customer

## Trigger

A customer asks for a refund by email or chat.

## Steps

1. Open the charge in the Stripe dashboard.
2. Add a note to the ticket with the refund id.

## Edge cases

- **The card has expired**: Refund anyway.

## Definition of done

- The customer has a refund confirmation.
`,
      capture: {
        trigger: "A customer asks for a refund",
        steps: [
          {
            text: "Open the charge in the Stripe dashboard",
            tools: [],
            access: [],
            tribal: false,
            clarification: null,
          },
          {
            text: "Add a note to the ticket with the refund id",
            tools: [],
            access: [],
            tribal: true,
            clarification: null,
          },
        ],
        pitfalls: [{ text: "The card has expired", handling: "Refund anyway" }],
        definitionOfDone: "The customer has a refund confirmation",
      },
    },
  ],
  notOk: [
    {
      name: "a remembered step and a pitfall dropped",
      markdown: `# Refund a customer

## Trigger

A customer asks for a refund by email or chat.

## Steps

1. Open the charge in the Stripe dashboard.

## Edge cases

- **The customer is abroad**: Refund in their currency.

## Definition of done

- The customer has a refund confirmation.
`,
      capture: {
        trigger: "A customer asks for a refund",
        steps: [
          {
            text: "Open the charge in the Stripe dashboard",
            tools: [],
            access: [],
            tribal: false,
            clarification: null,
          },
          {
            text: "Add a note to the ticket with the refund id",
            tools: [],
            access: [],
            tribal: true,
            clarification: null,
          },
        ],
        pitfalls: [{ text: "The card has expired", handling: "Refund anyway" }],
        definitionOfDone: "The customer has a refund confirmation",
      },
      messages: [
        '7:1: Unexpected missing captured step "Add a note to the ticket with the refund id", expected it covered in Steps',
        '11:1: Unexpected missing captured pitfall "The card has expired", expected it covered in Edge cases',
      ],
    },
  ],
  check({ parsed, capture }) {
    if (capture === null) return [];
    return measureCoverage({ capture, content: parsed.file.content }).flatMap(
      (entry) => {
        if (entry.covered || entry.kind === "tool") return [];
        const where = WHERE[entry.kind];
        const at =
          findSection(parsed, where.section)?.heading ?? documentStart(parsed);
        const message = `Unexpected missing captured ${where.label} "${entry.item}", expected it covered in ${where.section}`;
        return [findingAt({ rule: captureCoverageRule, at, message })];
      },
    );
  },
};
