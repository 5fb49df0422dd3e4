import { vaguePhrases } from "../../capture/free-text/vague-phrase.js";
import { findingAt } from "../check-rule.js";
import { stepItems } from "../step-items.js";
import type { DocumentedRule } from "./rule-docs.js";

// The drafter keeps the operator's first words under this label; they are a record, not an instruction.
const PROVENANCE = "Originally described as:";

export const stepVagueWords: DocumentedRule = {
  id: "step-vague-words",
  severity: "warning",
  description:
    'No step leans on vague words ("stuff", "etc.", "sort out", "deal with", "let them know", "see Dave", "sometimes", "as needed") or hedges ("should", "might", "maybe", "try to", "if possible").',
  rationale:
    'A first-timer cannot act on "sort out the battery stuff etc." or "see Dave": they have to go and ask, which is what the SOP was meant to spare them. A hedge ("you should check", "it might need") leaves open whether the step is required at all.',
  ok: [
    {
      name: "concrete steps",
      markdown: `## Steps

1. Replace the battery in the handset with a charged one from the drawer.
2. Email the customer the refund amount from the ticket.
`,
    },
  ],
  notOk: [
    {
      name: "vague words",
      markdown: `## Steps

1. Sort out the battery stuff etc.
2. See Dave.
`,
      messages: [
        '3:4: Unexpected vague "Sort out", "stuff", "etc." in step 1, expected exactly what to do',
        '4:4: Unexpected vague "See Dave" in step 2, expected exactly what to do',
      ],
    },
    {
      name: "hedges",
      markdown: `## Steps

1. Top up the coolant as needed; it might be hot.
2. Check the pressure gauge.
   1. You should wear gloves.
`,
      messages: [
        '3:4: Unexpected vague "as needed", "might" in step 1, expected exactly what to do',
        '5:7: Unexpected vague "should" in step 2.1, expected exactly what to do',
      ],
    },
  ],
  check({ parsed }) {
    return stepItems(parsed).flatMap((step) => {
      if (step.text.startsWith(PROVENANCE)) return [];
      const phrases = vaguePhrases(step.text);
      if (phrases.length === 0) return [];
      const quoted = phrases.map((p) => `"${p}"`).join(", ");
      const message = `Unexpected vague ${quoted} in ${step.label}, expected exactly what to do`;
      return [findingAt({ rule: stepVagueWords, at: step.at, message })];
    });
  },
};
