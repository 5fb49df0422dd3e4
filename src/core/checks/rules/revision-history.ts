import { findSection } from "../../sop/find-section.js";
import { readRevisions } from "../../sop/read-revisions.js";
import { SECTION } from "../../sop/sop-sections.js";
import { toFrontMatter } from "../../sop/to-front-matter.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";

export const revisionHistory: CheckRule = {
  id: "revision-history",
  severity: "warning",
  description:
    "The Revision history table has a row per version, the last one for the version in the front matter.",
  rationale:
    "Document control needs to show what changed, when and by whom, and the last row must be the version the front matter names, or a reader cannot trust which version is in front of them.",
  ok: [
    {
      name: "a row for every version, the last one current",
      markdown: `---
version: "1.1"
---

## Revision history

| Version | Date | Author | Change |
| - | - | - | - |
| 1.0 | 2026-11-20 | mona | First version |
| 1.1 | 2026-11-25 | mona | Refunds over 500 EUR need approval |
`,
    },
  ],
  notOk: [
    {
      name: "the current version has no row",
      markdown: `---
version: "1.1"
---

## Revision history

| Version | Date | Author | Change |
| - | - | - | - |
| 1.0 | 2026-11-20 | mona | First version |
`,
      messages: [
        '9:1: Unexpected last revision "1.0", expected a row for the front matter version "1.1"',
      ],
    },
    {
      name: "prose instead of a table",
      markdown: `---
version: "1.1"
---

## Revision history

First version on 2026-11-20.
`,
      messages: [
        "5:1: Unexpected revision history without a table, expected a table of Version | Date | Author | Change",
      ],
    },
  ],
  check({ parsed }) {
    const section = findSection(parsed, SECTION.revisionHistory);
    if (section === undefined) return [];
    const rule = revisionHistory;
    const table = section.nodes.find((node) => node.type === "table");
    if (table === undefined) {
      const message =
        "Unexpected revision history without a table, expected a table of Version | Date | Author | Change";
      return [findingAt({ rule, at: section.heading, message })];
    }
    const lastRow =
      table.children.length > 1
        ? table.children[table.children.length - 1]
        : undefined;
    // The section's own rows and the front matter's version, not the whole file's reading.
    const last = readRevisions(section.nodes).at(-1);
    if (lastRow === undefined || last === undefined) {
      return [
        findingAt({
          rule,
          at: table,
          message:
            "Unexpected revision history without rows, expected one row per version",
        }),
      ];
    }
    const version = toFrontMatter(
      parsed.frontMatter.mapped?.data ?? parsed.frontMatter.data,
    ).version;
    if (version === "" || sameVersion(last.version.trim(), version)) return [];
    const message = `Unexpected last revision "${last.version}", expected a row for the front matter version "${version}"`;
    return [findingAt({ rule, at: lastRow, message })];
  },
};

/** "3" and "3.0" are one version: a document-control "Rev 3" reads as version 3.0. */
function sameVersion(row: string, version: string): boolean {
  const whole = (v: string): string => (/^\d+$/.test(v) ? `${Number(v)}.0` : v);
  return whole(row) === whole(version);
}
