import type { Finding } from "../finding.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";

const PLACEHOLDER =
  /\b(?:TODO|TBD|FIXME|XXX)\b|\?\?\?|\b[Ll]orem ipsum\b|\b[Oo]pen question \d+ \(unresolved\)/g;

export const noPlaceholders: CheckRule = {
  id: "no-placeholders",
  severity: "error",
  description:
    "No placeholder (TODO, TBD, FIXME, ???, XXX, lorem ipsum) and no unresolved open question is left.",
  check({ parsed }) {
    const findings: Finding[] = [];
    // The raw source, not the tree: the column must match the file even where Markdown escapes text.
    parsed.source.split(/\r\n|\r|\n/).forEach((text, index) => {
      for (const match of text.matchAll(PLACEHOLDER)) {
        const found = match[0];
        const message = /^open question/i.test(found)
          ? `Unexpected unresolved "${found}", expected its answer worked into the SOP`
          : `Unexpected placeholder "${found}", expected finished text`;
        findings.push(
          findingAt({
            rule: noPlaceholders,
            at: { line: index + 1, column: match.index + 1 },
            message,
          }),
        );
      }
    });
    return findings;
  },
};
