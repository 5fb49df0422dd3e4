import type { List } from "mdast";
import { findSection } from "../../sop/find-section.js";
import { SECTION } from "../../sop/sop-sections.js";
import type { Finding } from "../finding.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";

export const stepNumbered: CheckRule = {
  id: "step-numbered",
  severity: "error",
  description:
    "Steps (and sub-steps) are numbered lists, so a reader can keep their place.",
  rationale:
    'A numbered list lets a reader keep their place, say "I am at step 4" and come back after an interruption; bullets or prose lose the order that the procedure depends on.',
  ok: [
    {
      name: "numbered steps and sub-steps",
      markdown: `## Steps

1. Open the charge in the Stripe dashboard.
   1. Select Payments.
   2. Search for the order number.
2. Click Refund.
`,
    },
  ],
  notOk: [
    {
      name: "bulleted steps",
      markdown: `## Steps

- Open the charge in the Stripe dashboard.
- Click Refund.
`,
      messages: [
        "3:1: Unexpected bullet list of steps, expected a numbered list",
      ],
    },
    {
      name: "bulleted sub-steps",
      markdown: `## Steps

1. Open the charge in the Stripe dashboard.
   - Select Payments.
2. Click Refund.
`,
      messages: [
        "4:4: Unexpected bullet list of sub-steps, expected a numbered list",
      ],
    },
    {
      name: "prose instead of a list",
      markdown: `## Steps

Open the charge in the Stripe dashboard and click Refund.
`,
      messages: [
        "3:1: Unexpected paragraph in Steps, expected a numbered list of steps",
      ],
    },
  ],
  check({ parsed }) {
    const section = findSection(parsed, SECTION.steps);
    const first = section?.nodes.find((node) => node.type !== "html");
    if (section === undefined || first === undefined) return [];
    const lists = section.nodes.filter(
      (node): node is List => node.type === "list",
    );
    if (lists.length === 0) {
      const message = `Unexpected ${first.type} in Steps, expected a numbered list of steps`;
      return [findingAt({ rule: stepNumbered, at: first, message })];
    }
    const findings: Finding[] = [];
    for (const list of lists) {
      if (list.ordered !== true) {
        findings.push(
          findingAt({
            rule: stepNumbered,
            at: list,
            message:
              "Unexpected bullet list of steps, expected a numbered list",
          }),
        );
      }
      for (const sub of list.children.flatMap((item) => item.children)) {
        if (sub.type === "list" && sub.ordered !== true) {
          const message =
            "Unexpected bullet list of sub-steps, expected a numbered list";
          findings.push(findingAt({ rule: stepNumbered, at: sub, message }));
        }
      }
    }
    return findings;
  },
};
