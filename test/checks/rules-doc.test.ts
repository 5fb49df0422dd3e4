import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/core/checks/rules/index.js";
import { ruleUrl } from "../../src/core/checks/rule-url.js";
import { renderRulesDoc } from "../../scripts/rules-doc.js";

const committed = readFileSync(
  new URL("../../docs/rules.md", import.meta.url),
  "utf8",
);

describe("docs/rules.md", () => {
  it("is what the rules generate (run npm run docs:rules after changing a rule)", () => {
    expect(committed).toBe(renderRulesDoc(rules));
  });

  it("has a section for every rule, where its findings link to", () => {
    for (const rule of rules) {
      expect(committed).toContain(`\n## ${rule.id}\n`);
      expect(ruleUrl(rule.id)).toMatch(
        new RegExp(`/docs/rules\\.md#${rule.id}$`),
      );
    }
  });
});
