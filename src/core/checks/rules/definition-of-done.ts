import { findSection } from "../../sop/find-section.js";
import { SECTION } from "../../sop/sop-sections.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";

export const definitionOfDone: CheckRule = {
  id: "definition-of-done",
  severity: "error",
  description:
    "The Definition of done lists at least one checkable item (a missing section is reported by required-sections).",
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
