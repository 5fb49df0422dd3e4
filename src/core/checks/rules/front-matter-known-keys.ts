import type { CheckRule } from "../check-rule.js";
import { findingAt } from "../check-rule.js";
import { keyPoint } from "../front-matter-lines.js";
import { FRONT_MATTER_KEYS } from "../front-matter-problem.js";

const KNOWN: ReadonlySet<string> = new Set(FRONT_MATTER_KEYS);

export const frontMatterKnownKeys: CheckRule = {
  id: "front-matter-known-keys",
  severity: "warning",
  description:
    "The front matter holds only the keys sopflow knows, so a misspelt key does not go unnoticed.",
  check({ parsed }) {
    const { node, data } = parsed.frontMatter;
    if (node === null || data === null) return [];
    return Object.keys(data)
      .filter((key) => !KNOWN.has(key))
      .map((key) =>
        findingAt({
          rule: frontMatterKnownKeys,
          at: keyPoint({ node, key }),
          message: `Unexpected front matter key "${key}", expected only ${FRONT_MATTER_KEYS.join(", ")}`,
        }),
      );
  },
};
