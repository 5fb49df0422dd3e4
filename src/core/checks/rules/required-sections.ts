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
