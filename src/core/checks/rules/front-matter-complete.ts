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
  check({ parsed, today }) {
    const { node, data, error } = parsed.frontMatter;
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
      if (!(key in data)) {
        findings.push(
          findingAt({
            rule,
            at: node,
            message: `Unexpected missing front matter key "${key}", expected it set`,
          }),
        );
        continue;
      }
      const value = data[key];
      const expected = frontMatterProblem({ key, value });
      const at = keyPoint({ node, key });
      if (expected !== null) {
        findings.push(
          findingAt({
            rule,
            at,
            message: `Unexpected ${describeValue(value)} for "${key}", expected ${expected}`,
          }),
        );
      } else if (
        key === "review_due" &&
        typeof value === "string" &&
        value <= today
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
        findingAt({ rule, at: keyPoint({ node, key: "approval" }), message }),
      );
    }
    return findings;
  },
};
