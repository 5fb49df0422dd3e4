import { quoteText } from "../../capture/quote-text.js";
import { significantWords } from "../../capture/significant-words.js";
import { findSection } from "../../sop/find-section.js";
import { itemText } from "../../sop/read-sop-content.js";
import { SECTION } from "../../sop/sop-sections.js";
import { findingAt } from "../check-rule.js";
import { stepItems } from "../step-items.js";
import type { DocumentedRule } from "./rule-docs.js";

// "Before breaking the seal, check …": what it guards is the phrase after "before".
const BEFORE = /^before\s+([^,]{3,80}),/i;

export const cautionBeforeStep: DocumentedRule = {
  id: "caution-before-step",
  severity: "warning",
  description:
    'A "Before X, …" check stands before the step that does X, in the Steps — not after it, and not in Edge cases.',
  rationale:
    "A reader follows the steps in order: a check placed after the step it guards, or among the edge cases, is read once the seal is already broken.",
  ok: [
    {
      name: "the check first",
      markdown: `## Steps

1. Before breaking the seal, check the reefer printout.
2. Break the seal and unload.
`,
    },
  ],
  notOk: [
    {
      name: "the check after the step, and in Edge cases",
      markdown: `## Steps

1. Break the seal and unload.
2. Before breaking the seal, check the reefer printout.

## Edge cases

- **Before breaking the seal, check the reefer printout**: quarantine the load if it was warm.
`,
      messages: [
        '4:4: Unexpected "Before breaking the seal, …" after step 1 it guards, expected it right before that step',
        '8:3: Unexpected "Before breaking the seal, …" in Edge cases, expected it in the Steps right before step 1',
      ],
    },
  ],
  check({ parsed }) {
    const steps = stepItems(parsed).filter((s) => !s.label.includes("."));
    // The step it guards is the one sharing most of its words ("restarting the cache" guards "Restart the cache", not "Open the cache dashboard").
    const guarded = (phrase: string, before: number): number => {
      const shares = steps.slice(0, before).map((s) => share(phrase, s.text));
      const best = Math.max(0.5, ...shares);
      return shares.indexOf(best);
    };
    const inSteps = steps.flatMap((step, i) => {
      const phrase = BEFORE.exec(step.text)?.[1];
      const at = phrase === undefined ? -1 : guarded(phrase, i);
      if (phrase === undefined || at < 0) return [];
      const message = `Unexpected "Before ${quoteText(phrase, 60)}, …" after step ${at + 1} it guards, expected it right before that step`;
      return [findingAt({ rule: cautionBeforeStep, at: step.at, message })];
    });
    const edges = findSection(parsed, SECTION.edgeCases)?.nodes ?? [];
    const inEdgeCases = edges
      .flatMap((node) => (node.type === "list" ? node.children : []))
      .flatMap((item) => {
        const phrase = BEFORE.exec(itemText(item))?.[1];
        const at = phrase === undefined ? -1 : guarded(phrase, steps.length);
        if (phrase === undefined || at < 0) return [];
        const message = `Unexpected "Before ${quoteText(phrase, 60)}, …" in Edge cases, expected it in the Steps right before step ${at + 1}`;
        return [
          findingAt({
            rule: cautionBeforeStep,
            at: item.children[0] ?? item,
            message,
          }),
        ];
      });
    return [...inSteps, ...inEdgeCases];
  },
};

/** The share of the phrase's words the step holds, by stem ("breaking" and "break"). */
function share(phrase: string, step: string): number {
  const stem = (w: string): string => w.replace(/(?:ing|ed|s)$/, "");
  const words = new Set(significantWords(phrase).map(stem));
  if (words.size === 0) return 0;
  const own = new Set(significantWords(step).map(stem));
  return [...words].filter((w) => own.has(w)).length / words.size;
}
