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
  rationale:
    "A placeholder or an unresolved question in a published SOP is an instruction nobody can follow. They are fine while drafting and must be gone before sign-off.",
  ok: [
    {
      name: "finished text",
      markdown: `## Steps

1. Open the charge in the Stripe dashboard.
`,
    },
  ],
  notOk: [
    {
      name: "placeholders",
      markdown: `## Steps

1. Open the charge in TODO.
2. Click ??? and wait.
`,
      messages: [
        '3:23: Unexpected placeholder "TODO", expected finished text',
        '4:10: Unexpected placeholder "???", expected finished text',
      ],
    },
    {
      name: "an unresolved open question",
      markdown: `## Open questions

- **Open question 2 (unresolved):** Who approves refunds over 500 EUR?
`,
      messages: [
        '3:5: Unexpected unresolved "Open question 2 (unresolved)", expected its answer worked into the SOP',
      ],
    },
  ],
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
