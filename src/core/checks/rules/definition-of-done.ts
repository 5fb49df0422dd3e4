import { findSection } from "../../sop/find-section.js";
import { SECTION } from "../../sop/sop-sections.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";

export const definitionOfDone: CheckRule = {
  id: "definition-of-done",
  severity: "error",
  description:
    "The Definition of done lists at least one checkable item (a missing section is reported by required-sections).",
  rationale:
    'Without a checkable end state a reader cannot tell when they are finished, and a reviewer cannot tell whether the procedure worked. A list of concrete items ("The customer has a refund confirmation") can be ticked off.',
  ok: [
    {
      name: "a list of checkable items",
      markdown: `## Definition of done

- The customer has a refund confirmation.
- The ticket is closed.
`,
    },
  ],
  notOk: [
    {
      name: "prose without items",
      markdown: `## Definition of done

When the customer is happy.
`,
      messages: [
        "1:1: Unexpected definition of done without items, expected a list of at least one checkable item",
      ],
    },
  ],
  check({ parsed }) {
    const section = findSection(parsed, SECTION.definitionOfDone);
    if (section === undefined) return [];
    const items = section.nodes.flatMap((node) =>
      node.type === "list" ? node.children : [],
    );
    if (items.length > 0) return [];
    return [
      findingAt({
        rule: definitionOfDone,
        at: section.heading,
        message:
          "Unexpected definition of done without items, expected a list of at least one checkable item",
      }),
    ];
  },
};
