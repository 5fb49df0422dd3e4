import { findSection } from "../../sop/find-section.js";
import { nodeText } from "../../sop/node-text.js";
import { SECTION } from "../../sop/sop-sections.js";
import { captureAccess } from "../capture-access.js";
import { isCovered } from "../measure-coverage.js";
import { captureTools } from "../capture-tools.js";
import type { CheckRule } from "../check-rule.js";
import { documentStart, findingAt } from "../check-rule.js";

export const prerequisitesCoverTools: CheckRule = {
  id: "prerequisites-cover-tools",
  severity: "error",
  description:
    "Every tool the capture names, and every access its steps need, is in Prerequisites (needs the capture).",
  rationale:
    "A first-timer finds out at step 5 that they have no access to the system it names, and the task stops until someone grants it. Everything the capture names as a tool or an access need belongs in Prerequisites, so it can be arranged before starting. Only checked when the capture is known (in the walkthrough, not in `sopflow lint`).",
  ok: [
    {
      name: "every captured tool and access listed",
      markdown: `## Prerequisites

- Stripe dashboard (access: refund permission)
- Zendesk (access: an agent seat in Zendesk)
`,
      capture: {
        tools: [
          { name: "Stripe dashboard", access: "refund permission" },
          { name: "Zendesk", access: null },
        ],
        steps: [
          {
            text: "Open the charge in the Stripe dashboard",
            tools: ["Stripe dashboard"],
            access: ["refund permission"],
            tribal: false,
            clarification: null,
          },
          {
            text: "Reply to the ticket in Zendesk",
            tools: ["Zendesk"],
            access: ["agent seat in Zendesk"],
            tribal: false,
            clarification: null,
          },
        ],
      },
    },
  ],
  notOk: [
    {
      name: "Zendesk and its access missing",
      markdown: `## Prerequisites

- Stripe dashboard (access: refund permission)
`,
      capture: {
        tools: [
          { name: "Stripe dashboard", access: "refund permission" },
          { name: "Zendesk", access: null },
        ],
        steps: [
          {
            text: "Open the charge in the Stripe dashboard",
            tools: ["Stripe dashboard"],
            access: ["refund permission"],
            tribal: false,
            clarification: null,
          },
          {
            text: "Reply to the ticket in Zendesk",
            tools: ["Zendesk"],
            access: ["agent seat in Zendesk"],
            tribal: false,
            clarification: null,
          },
        ],
      },
      messages: [
        '1:1: Unexpected missing prerequisite "Zendesk", expected every tool and access the capture names in Prerequisites',
        '1:1: Unexpected missing access "agent seat in Zendesk", expected every tool and access the capture names in Prerequisites',
      ],
    },
  ],
  check({ parsed, capture }) {
    if (capture === null) return [];
    const section = findSection(parsed, SECTION.prerequisites);
    const listed = (section?.nodes ?? [])
      .map((node) => nodeText(node))
      .join("\n")
      .toLowerCase();
    const at = section?.heading ?? documentStart(parsed);
    const rule = prerequisitesCoverTools;
    const tools = captureTools(capture)
      .filter((tool) => !listed.includes(tool.name.toLowerCase()))
      .map((tool) => `prerequisite "${tool.name}"`);
    // Access is free text ("admin role in Stripe"), so it is matched by words, not verbatim.
    const access = captureAccess(capture)
      .filter(
        (text) =>
          !isCovered({ text, candidates: parsed.file.content.prerequisites }),
      )
      .map((text) => `access "${text}"`);
    return [...tools, ...access].map((missing) =>
      findingAt({
        rule,
        at,
        message: `Unexpected missing ${missing}, expected every tool and access the capture names in Prerequisites`,
      }),
    );
  },
};
