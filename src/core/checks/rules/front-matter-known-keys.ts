import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";
import { keyPoint } from "../front-matter-lines.js";
import { FRONT_MATTER_KEYS } from "../front-matter-problem.js";

// Optional keys: `schedule` (cron) opens a run of the SOP on schedule.
const KNOWN_KEYS = [...FRONT_MATTER_KEYS, "schedule"];
const KNOWN: ReadonlySet<string> = new Set(KNOWN_KEYS);

export const frontMatterKnownKeys: CheckRule = {
  id: "front-matter-known-keys",
  severity: "warning",
  description:
    "The front matter holds only the keys sopflow knows, so a misspelt key does not go unnoticed.",
  rationale:
    "sopflow reads only the keys it knows; anything else is silently ignored. A misspelt key (`reviw_due`) or a key from another tool would otherwise look meaningful to a reader while controlling nothing.",
  ok: [
    {
      name: "only known keys",
      markdown: `---
id: refund-a-customer
title: Refund a customer
version: "1.0"
status: draft
owner: mona
trigger: A customer asks for a refund
source_issue: acme/support#12
last_validated: 2026-11-20
review_due: 2027-05-19
approval: null
---

# Refund a customer
`,
    },
  ],
  notOk: [
    {
      name: "an unknown key",
      markdown: `---
id: refund-a-customer
title: Refund a customer
version: "1.0"
status: draft
owner: mona
trigger: A customer asks for a refund
source_issue: acme/support#12
last_validated: 2026-11-20
review_due: 2027-05-19
approval: null
tags: [billing]
---

# Refund a customer
`,
      messages: [
        '12:1: Unexpected front matter key "tags", expected only id, title, version, status, owner, trigger, source_issue, last_validated, review_due, approval, schedule',
      ],
    },
  ],
  check({ parsed }) {
    const { node } = parsed.frontMatter;
    // Keys of other layouts read as ours (document_no as id) are known too.
    const data = parsed.frontMatter.mapped?.data ?? parsed.frontMatter.data;
    if (node === null || data === null) return [];
    return Object.keys(data)
      .filter((key) => !KNOWN.has(key))
      .map((key) =>
        findingAt({
          rule: frontMatterKnownKeys,
          at: keyPoint({ node, key }),
          message: `Unexpected front matter key "${key}", expected only ${KNOWN_KEYS.join(", ")}`,
        }),
      );
  },
};
