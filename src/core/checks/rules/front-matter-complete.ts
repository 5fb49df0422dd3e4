import { findSection } from "../../sop/find-section.js";
import type { ParsedSop } from "../../sop/parsed-sop.js";
import { SECTION } from "../../sop/sop-sections.js";
import type { Finding } from "../finding.js";
import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";
import { keyPoint } from "../front-matter-lines.js";
import {
  describeValue,
  FRONT_MATTER_KEYS,
  frontMatterProblem,
} from "../front-matter-problem.js";

export const frontMatterComplete: CheckRule = {
  id: "front-matter-complete",
  severity: "error",
  description:
    "The front matter has every key with a valid value, an approval once published, and a review date in the future.",
  rationale:
    "The front matter is the SOP's document control record: who owns it, which version it is, when it was last validated, when it is due for review and who approved it. A reader must be able to tell from the file alone whether it is current and approved, and a review date in the past means nobody has checked that the procedure still works.",
  ok: [
    {
      name: "every key set, review due in the future",
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
      name: "an unquoted version and a review date in the past",
      markdown: `---
id: refund-a-customer
title: Refund a customer
version: 1.0
status: draft
owner: mona
trigger: A customer asks for a refund
source_issue: acme/support#12
last_validated: 2026-11-20
review_due: 2026-11-01
approval: null
---

# Refund a customer
`,
      messages: [
        '4:1: Unexpected number 1 for "version", expected a quoted version such as "1.2"',
        "10:1: Unexpected review date 2026-11-01 on or before today (2026-11-26), expected a date in the future",
      ],
    },
    {
      name: "published without an approval record",
      markdown: `---
id: refund-a-customer
title: Refund a customer
version: "1.0"
status: published
owner: mona
trigger: A customer asks for a refund
source_issue: acme/support#12
last_validated: 2026-11-20
review_due: 2027-05-19
approval: null
---

# Refund a customer
`,
      messages: [
        '11:1: Unexpected status "published" without an approval, expected the approval record (by, at, link)',
      ],
    },
    {
      name: "no front matter at all",
      markdown: `# Refund a customer
`,
      messages: [
        "1:1: Unexpected missing front matter, expected a YAML block with id, title, version, status, owner, trigger, source_issue, last_validated, review_due, approval",
      ],
    },
  ],
  check({ parsed, today }) {
    const { node, error } = parsed.frontMatter;
    const data = parsed.frontMatter.mapped?.data ?? parsed.frontMatter.data;
    // Keys read from another layout's name are reported under the name written.
    const written = parsed.frontMatter.mapped?.keys ?? {};
    const name = (key: string): string => written[key] ?? key;
    const rule = frontMatterComplete;
    if (node === null) {
      const message = `Unexpected missing front matter, expected a YAML block with ${FRONT_MATTER_KEYS.join(", ")}`;
      return [findingAt({ rule, at: null, message })];
    }
    if (data === null) {
      const why = (error ?? "").split("\n")[0];
      const message = `Unexpected unreadable front matter (${why}), expected a YAML mapping of keys to values`;
      return [findingAt({ rule, at: node, message })];
    }
    const findings: Finding[] = [];
    for (const key of FRONT_MATTER_KEYS) {
      if (!(key in data) && !optionalHere(key, parsed)) {
        findings.push(
          findingAt({
            rule,
            at: node,
            message: `Unexpected missing front matter key "${key}", expected it set`,
          }),
        );
        continue;
      }
      if (!(key in data)) continue;
      const value = data[key];
      const expected = frontMatterProblem({ key, value });
      const at = keyPoint({ node, key: name(key) });
      if (expected !== null) {
        findings.push(
          findingAt({
            rule,
            at,
            message: `Unexpected ${describeValue(value)} for "${name(key)}", expected ${expected}`,
          }),
        );
      } else if (
        key === "review_due" &&
        typeof value === "string" &&
        value <= today &&
        // A retired SOP is never due for review again.
        data["status"] !== "retired"
      ) {
        findings.push(
          findingAt({
            rule,
            at,
            message: `Unexpected review date ${value} on or before today (${today}), expected a date in the future`,
          }),
        );
      }
    }
    const status = data["status"];
    if (
      (status === "published" || status === "approved") &&
      data["approval"] === null
    ) {
      const message = `Unexpected status "${status}" without an approval, expected the approval record (by, at, link)`;
      findings.push(
        findingAt({
          rule,
          at: keyPoint({ node, key: name("approval") }),
          message,
        }),
      );
    }
    return findings;
  },
};

/**
 * Keys an existing SOP may leave out: the trigger when the body has a
 * Trigger section ("## 3.0 Frequency"), and the source issue of a file in
 * another layout, which sopflow sets when it first revises it.
 */
function optionalHere(key: string, parsed: ParsedSop): boolean {
  if (key === "trigger")
    return (findSection(parsed, SECTION.trigger)?.nodes.length ?? 0) > 0;
  const adopted = Object.keys(parsed.frontMatter.mapped?.keys ?? {}).length > 0;
  return key === "source_issue" && adopted;
}
