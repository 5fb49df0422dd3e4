import type { RootContent } from "mdast";
import { findSection } from "../../sop/find-section.js";
import { nodeText } from "../../sop/node-text.js";
import { REQUIRED_SECTIONS } from "../../sop/sop-sections.js";
import type { Finding } from "../finding.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";

export const requiredSections: CheckRule = {
  id: "required-sections",
  severity: "error",
  description:
    "Every required section (Purpose … Revision history) is present and has content.",
  rationale:
    "A first-timer needs every part of a procedure, not only the steps: why it exists, when it starts, who does what, what to have ready, what can go wrong and how to know it is done. A missing or empty section is a question the reader has to ask someone, usually at the worst moment.",
  ok: [
    {
      name: "every required section, each with content",
      markdown: `# Refund a customer

## Purpose

Return a customer's money quickly and correctly.

## Scope

Card payments taken through Stripe.

## Trigger

A customer asks for a refund.

## Roles

- Support agent

## Prerequisites

- Stripe dashboard (access: refund permission)

## Steps

1. Open the charge in the Stripe dashboard.
2. Click Refund.

## Edge cases

- **The card has expired**: Refund anyway.

## Definition of done

- The customer has a refund confirmation.

## Revision history

| Version | Date | Author | Change |
| - | - | - | - |
| 1.0 | 2026-11-20 | mona | First version |
`,
    },
  ],
  notOk: [
    {
      name: "Scope missing and Roles empty",
      markdown: `# Refund a customer

## Purpose

Return a customer's money quickly and correctly.

## Trigger

A customer asks for a refund.

## Roles

## Prerequisites

- Stripe dashboard (access: refund permission)

## Steps

1. Open the charge in the Stripe dashboard.
2. Click Refund.

## Edge cases

- **The card has expired**: Refund anyway.

## Definition of done

- The customer has a refund confirmation.

## Revision history

| Version | Date | Author | Change |
| - | - | - | - |
| 1.0 | 2026-11-20 | mona | First version |
`,
      messages: [
        '7:1: Unexpected missing section "Scope", expected a "## Scope" section',
        '11:1: Unexpected empty section "Roles", expected content under "## Roles"',
      ],
    },
  ],
  check({ parsed }) {
    const findings: Finding[] = [];
    REQUIRED_SECTIONS.forEach((name, index) => {
      const section = findSection(parsed, name);
      if (section === undefined) {
        // Point at where the section belongs: the next required section present, else the end.
        const next = REQUIRED_SECTIONS.slice(index + 1)
          .map((later) => findSection(parsed, later))
          .find((later) => later !== undefined);
        const at = next?.heading ?? parsed.tree.position?.end ?? null;
        const message = `Unexpected missing section "${name}", expected a "## ${name}" section`;
        findings.push(findingAt({ rule: requiredSections, at, message }));
      } else if (section.nodes.every(isBlank)) {
        const message = `Unexpected empty section "${name}", expected content under "## ${name}"`;
        findings.push(
          findingAt({ rule: requiredSections, at: section.heading, message }),
        );
      }
    });
    return findings;
  },
};

/** Comments and whitespace are not content a reader can follow. */
function isBlank(node: RootContent): boolean {
  return node.type === "html" || nodeText(node).trim() === "";
}
