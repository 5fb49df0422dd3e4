import { describe, expect, it } from "vitest";
import { qualityRules } from "../../src/core/checks/rules/quality-rules.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";

const rules = qualityRules;

// Each rule's documented examples are its tests: what the docs show is what the rule does.
describe.each(rules.map((rule) => [rule.id, rule] as const))(
  "%s",
  (_, rule) => {
    const run = (markdown: string): string[] =>
      rule
        .check({
          parsed: parseSop(markdown),
          capture: null,
          today: "2026-11-26",
        })
        .map((f) => `${f.line}:${f.column}: ${f.message}`);

    it.each(rule.ok.map((e) => [e.name, e] as const))(
      "accepts: %s",
      (_n, example) => {
        expect(run(example.markdown)).toEqual([]);
      },
    );

    it.each(rule.notOk.map((e) => [e.name, e] as const))(
      "reports: %s",
      (_n, example) => {
        expect(run(example.markdown)).toEqual(example.messages);
      },
    );
  },
);
