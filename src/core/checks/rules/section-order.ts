import { SECTION, sectionKey } from "../../sop/sop-sections.js";
import type { Finding } from "../finding.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";

const ORDER: readonly string[] = Object.values(SECTION);

export const sectionOrder: CheckRule = {
  id: "section-order",
  severity: "warning",
  description: "Known sections appear in the order a first-timer needs them.",
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
