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
