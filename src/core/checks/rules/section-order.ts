import { SECTION, sectionKey } from "../../sop/sop-sections.js";
import type { Finding } from "../finding.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";

const ORDER: readonly string[] = Object.values(SECTION);

export const sectionOrder: CheckRule = {
  id: "section-order",
  severity: "warning",
  description: "Known sections appear in the order a first-timer needs them.",
  rationale:
    "Readers follow an SOP from top to bottom: they learn why and when before what to have ready, and what to have ready before the steps. A known section out of place makes them read back and forth, and makes SOPs harder to compare with one another.",
  ok: [
    {
      name: "Purpose before Scope",
      markdown: `# Refund a customer

## Purpose

Return a customer's money.

## Scope

Card payments.
`,
    },
  ],
  notOk: [
    {
      name: "Scope before Purpose",
      markdown: `# Refund a customer

## Scope

Card payments.

## Purpose

Return a customer's money.
`,
      messages: [
        '7:1: Unexpected section "Purpose" after "Scope", expected the order Purpose, Scope, Trigger, Roles, Definitions, Prerequisites, Safety and cautions, Steps, Edge cases, Records, Definition of done, Open questions, References, Approval, Revision history',
      ],
    },
  ],
  check({ parsed }) {
    const findings: Finding[] = [];
    let furthest: string | null = null;
    for (const section of parsed.sections.values()) {
      const rank = ORDER.findIndex(
        (name) => sectionKey(name) === sectionKey(section.title),
      );
      if (rank < 0) continue;
      const furthestRank = furthest === null ? -1 : ORDER.indexOf(furthest);
      if (rank < furthestRank) {
        findings.push(
          findingAt({
            rule: sectionOrder,
            at: section.heading,
            message: `Unexpected section "${section.title}" after "${furthest}", expected the order ${ORDER.join(", ")}`,
          }),
        );
      } else {
        furthest = ORDER[rank] ?? null;
      }
    }
    return findings;
  },
};
