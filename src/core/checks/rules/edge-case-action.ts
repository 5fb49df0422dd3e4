import { quoteText } from "../../capture/quote-text.js";
import { findSection } from "../../sop/find-section.js";
import { itemText } from "../../sop/read-sop-content.js";
import { SECTION } from "../../sop/sop-sections.js";
import { findingAt } from "../check-rule.js";
import type { DocumentedRule } from "./rule-docs.js";

export const edgeCaseAction: DocumentedRule = {
  id: "edge-case-action",
  severity: "error",
  description:
    'Each edge case says what to do: "**If the card has expired**: send a bank transfer form".',
  rationale:
    'An edge case without an action ("If it explodes") warns the reader and then leaves them alone at the moment they most need the SOP.',
  ok: [
    {
      name: "case and action",
      markdown: `## Edge cases

- **If the count is wrong**: tell the nurse in charge and fill in a Datix.
`,
    },
  ],
  notOk: [
    {
      name: "a case with no action",
      markdown: `## Edge cases

- If it explodes
- **Charge older than 90 days**:
`,
      messages: [
        '3:3: Unexpected edge case "If it explodes" without an action, expected what to do when it happens',
        '4:3: Unexpected edge case "Charge older than 90 days" without an action, expected what to do when it happens',
      ],
    },
  ],
  check({ parsed }) {
    const section = findSection(parsed, SECTION.edgeCases);
    if (section === undefined) return [];
    return section.nodes
      .flatMap((node) => (node.type === "list" ? node.children : []))
      .flatMap((item) => {
        const text = itemText(item).trim();
        const colon = text.indexOf(":");
        const action = colon < 0 ? "" : text.slice(colon + 1).trim();
        if (action !== "") return [];
        const situation = (colon < 0 ? text : text.slice(0, colon)).trim();
        const message = `Unexpected edge case "${quoteText(situation, 80)}" without an action, expected what to do when it happens`;
        return [
          findingAt({
            rule: edgeCaseAction,
            at: item.children[0] ?? item,
            message,
          }),
        ];
      });
  },
};
