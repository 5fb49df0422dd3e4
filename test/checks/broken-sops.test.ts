import { describe, expect, it } from "vitest";
import { rules } from "../../src/core/checks/rules/index.js";
import { runChecks } from "../../src/core/checks/run-checks.js";
import {
  BROKEN,
  fixtureCapture,
  markdownFixtures,
  readFixture,
} from "./fixture-files.js";

const today = "2026-11-26";

/** Where each fixture's one defect is, as a reader counts lines and columns in the file. */
const expected: Record<
  string,
  { line: number; column: number; message: RegExp }
> = {
  "required-sections": {
    line: 28,
    column: 1,
    message: /^Unexpected empty section "Roles", expected/,
  },
  "section-order": {
    line: 20,
    column: 1,
    message: /^Unexpected section "Purpose" after "Scope", expected/,
  },
  "step-numbered": {
    line: 39,
    column: 1,
    message: /^Unexpected bullet list of steps, expected a numbered list$/,
  },
  "step-imperative": {
    line: 42,
    column: 4,
    message:
      /^Unexpected "Then" at the start of step 3, expected an imperative verb/,
  },
  "step-one-action": {
    line: 40,
    column: 4,
    message: /^Unexpected 2 actions in step 2, expected one action per step$/,
  },
  "step-length": {
    line: 39,
    column: 4,
    message: /^Unexpected 32 words in step 1, expected at most 30$/,
  },
  "prerequisites-cover-tools": {
    line: 32,
    column: 1,
    message: /^Unexpected missing prerequisite "PagerDuty", expected/,
  },
  "capture-coverage": {
    line: 37,
    column: 1,
    message:
      /^Unexpected missing captured step "Purge the CDN cache in Cloudflare", expected/,
  },
  "no-placeholders": {
    line: 22,
    column: 43,
    message: /^Unexpected placeholder "TBD", expected finished text$/,
  },
  "definition-of-done": {
    line: 48,
    column: 1,
    message: /^Unexpected definition of done without items, expected/,
  },
  "front-matter-complete": {
    line: 10,
    column: 1,
    message:
      /^Unexpected review date 2026-11-01 on or before today \(2026-11-26\), expected a date in the future$/,
  },
  "front-matter-known-keys": {
    line: 12,
    column: 1,
    message: /^Unexpected front matter key "tags", expected only id, title/,
  },
  "step-junk-text": {
    line: 43,
    column: 4,
    message: /^Unexpected "Done\?" in step 4, expected an instruction/,
  },
  "step-vague-words": {
    line: 42,
    column: 4,
    message:
      /^Unexpected vague "as needed" in step 3, expected exactly what to do$/,
  },
  "edge-case-action": {
    line: 47,
    column: 3,
    message:
      /^Unexpected edge case "If the pods crash-loop" without an action, expected/,
  },
  // The best match, not the first: "Open the cache dashboard" shares only "cache".
  "caution-before-step": {
    line: 42,
    column: 4,
    message:
      /^Unexpected "Before restarting the cache, …" after step 2 it guards, expected/,
  },
  "undefined-acronyms": {
    line: 42,
    column: 4,
    message: /^Unexpected undefined acronym "SLO", expected it in Definitions/,
  },
  "revision-history": {
    line: 56,
    column: 1,
    message:
      /^Unexpected last revision "0.9", expected a row for the front matter version "1.0"$/,
  },
};

describe("broken SOP fixtures", () => {
  it("hold exactly one fixture per rule", () => {
    expect(markdownFixtures(BROKEN)).toEqual(
      rules.map((rule) => `${rule.id}.md`).sort(),
    );
    expect(Object.keys(expected).sort()).toEqual(
      rules.map((rule) => rule.id).sort(),
    );
  });

  it.each(Object.entries(expected))(
    "%s.md yields that rule's finding, and only it, at the expected place",
    (ruleId, where) => {
      const markdown = readFixture(BROKEN, `${ruleId}.md`);
      const findings = runChecks({
        markdown,
        capture: fixtureCapture(BROKEN, ruleId),
        today,
      });
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      const rule = rules.find((r) => r.id === ruleId);
      expect(finding).toMatchObject({
        ruleId,
        severity: rule?.severity,
        line: where.line,
        column: where.column,
      });
      expect(finding?.message).toMatch(where.message);
    },
  );

  it("every message reads 'Unexpected …, expected …'", () => {
    for (const name of markdownFixtures(BROKEN)) {
      const stem = name.replace(/\.md$/, "");
      for (const finding of runChecks({
        markdown: readFixture(BROKEN, name),
        capture: fixtureCapture(BROKEN, stem),
        today,
      })) {
        expect(finding.message).toMatch(/^Unexpected .+, expected .+/);
      }
    }
  });

  it("the capture-based fixtures are clean when no capture is given", () => {
    for (const ruleId of ["prerequisites-cover-tools", "capture-coverage"]) {
      expect(
        runChecks({
          markdown: readFixture(BROKEN, `${ruleId}.md`),
          capture: null,
          today,
        }),
      ).toEqual([]);
    }
  });
});
