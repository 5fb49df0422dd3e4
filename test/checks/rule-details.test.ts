import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/core/checks/run-checks.js";
import { GOOD, readFixture } from "./fixture-files.js";

const today = "2026-11-26";
const good = readFixture(GOOD, "refund-a-customer.md");

/** The good fixture with one edit, and the findings it yields as [rule, line, message]. */
function findingsAfter(from: string, to: string): [string, number, string][] {
  if (!good.includes(from)) throw new Error(`fixture lacks ${from}`);
  return runChecks({
    markdown: good.replace(from, to),
    capture: null,
    today,
  }).map((f) => [f.ruleId, f.line, f.message]);
}

describe("rule details", () => {
  it("front-matter-complete: a file without front matter is reported at 1:1", () => {
    const markdown = good.slice(good.indexOf("# Refund"));
    const findings = runChecks({ markdown, capture: null, today });
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ["front-matter-complete", 1, 1],
    ]);
    expect(findings[0]?.message).toMatch(
      /^Unexpected missing front matter, expected a YAML block with id, title, version/,
    );
  });

  it("front-matter-complete: missing key, unquoted version, bad date, published without approval", () => {
    expect(findingsAfter("owner: mona\n", "")).toEqual([
      [
        "front-matter-complete",
        1,
        'Unexpected missing front matter key "owner", expected it set',
      ],
    ]);
    expect(findingsAfter('version: "1.1"', "version: 1.1")).toEqual([
      [
        "front-matter-complete",
        4,
        'Unexpected number 1.1 for "version", expected a quoted version such as "1.2"',
      ],
    ]);
    expect(
      findingsAfter("last_validated: 2026-11-20", "last_validated: 2026-13-01"),
    ).toEqual([
      [
        "front-matter-complete",
        9,
        'Unexpected "2026-13-01" for "last_validated", expected a date written YYYY-MM-DD',
      ],
    ]);
    expect(findingsAfter("status: draft", "status: published")).toEqual([
      [
        "front-matter-complete",
        11,
        'Unexpected status "published" without an approval, expected the approval record (by, at, link)',
      ],
    ]);
  });

  it("front-matter-complete: unreadable YAML is one finding at the block", () => {
    expect(findingsAfter("owner: mona", "owner: [mona")).toEqual([
      [
        "front-matter-complete",
        1,
        expect.stringMatching(
          /^Unexpected unreadable front matter \(.+\), expected a YAML mapping/,
        ),
      ],
    ]);
  });

  it("required-sections: a missing section is reported where it belongs", () => {
    const scopeSection =
      "## Scope\n\nCard payments taken through Stripe. Bank transfers and invoices follow the finance SOP instead.\n\n";
    expect(findingsAfter(scopeSection, "")).toEqual([
      [
        "required-sections",
        20,
        'Unexpected missing section "Scope", expected a "## Scope" section',
      ],
    ]);
  });

  it("step-numbered: bulleted sub-steps are reported at their list", () => {
    expect(
      findingsAfter("   1. Select Payments", "   - Select Payments"),
    ).toEqual([
      [
        "step-numbered",
        43,
        "Unexpected bullet list of sub-steps, expected a numbered list",
      ],
    ]);
  });

  it("step-numbered: prose instead of a list is reported at the paragraph", () => {
    const steps = good.slice(
      good.indexOf("1. Open the customer"),
      good.indexOf("## Edge cases"),
    );
    expect(
      findingsAfter(steps, "Open the ticket and refund the charge.\n\n"),
    ).toEqual([
      [
        "step-numbered",
        41,
        "Unexpected paragraph in Steps, expected a numbered list of steps",
      ],
    ]);
  });

  it("step-imperative: an empty step is reported", () => {
    expect(findingsAfter("4. Click Refund on the charge.", "4.")).toEqual([
      ["step-imperative", 46, "Unexpected empty step 4, expected an action"],
    ]);
  });

  it("step-imperative: a sub-step is checked and named as such", () => {
    expect(
      findingsAfter("Paste the order number", "You paste the order number"),
    ).toEqual([
      [
        "step-imperative",
        44,
        'Unexpected "You" at the start of step 2.2, expected an imperative verb (or "If/When …, <verb> …")',
      ],
    ]);
  });

  it("no-placeholders: unresolved open questions, FIXME, ??? and lorem ipsum", () => {
    const edge =
      "- **The card has expired**: Refund anyway: the card network routes it to the new card.";
    expect(
      findingsAfter(edge, "- **The card has expired**: FIXME ??? Lorem ipsum."),
    ).toEqual([
      [
        "no-placeholders",
        52,
        'Unexpected placeholder "FIXME", expected finished text',
      ],
      [
        "no-placeholders",
        52,
        'Unexpected placeholder "???", expected finished text',
      ],
      [
        "no-placeholders",
        52,
        'Unexpected placeholder "Lorem ipsum", expected finished text',
      ],
    ]);
    const open =
      "## Open questions\n\n- **Open question 2 (unresolved):** Who approves?\n\n## Revision history";
    expect(findingsAfter("## Revision history", open)).toEqual([
      [
        "no-placeholders",
        62,
        'Unexpected unresolved "Open question 2 (unresolved)", expected its answer worked into the SOP',
      ],
    ]);
  });

  it("revision-history: a missing table and a table without rows", () => {
    const table = good.slice(good.indexOf("| Version"));
    expect(findingsAfter(table, "First draft on 2026-11-18.\n")).toEqual([
      [
        "revision-history",
        60,
        "Unexpected revision history without a table, expected a table of Version | Date | Author | Change",
      ],
    ]);
    expect(
      findingsAfter(
        table,
        "| Version | Date | Author | Change |\n| - | - | - | - |\n",
      ),
    ).toEqual([
      [
        "revision-history",
        62,
        "Unexpected revision history without rows, expected one row per version",
      ],
    ]);
  });
});

describe("robustness", () => {
  it("checks absurdly nested steps without overflowing the stack", () => {
    const markdown = `# T\n\n## Steps\n\n${"1. ".repeat(300)}Open it\n`;
    const findings = runChecks({ markdown, capture: null, today });
    // The eight checked levels hold no action of their own: each is an empty step.
    const steps = findings.filter((f) => f.ruleId.startsWith("step-"));
    expect(steps.map((f) => f.message)).toEqual(
      [
        "1",
        "1.1",
        "1.1.1",
        "1.1.1.1",
        "1.1.1.1.1",
        "1.1.1.1.1.1",
        "1.1.1.1.1.1.1",
        "1.1.1.1.1.1.1.1",
      ].map((label) => `Unexpected empty step ${label}, expected an action`),
    );
    expect(findings.some((f) => f.ruleId === "required-sections")).toBe(true);
  });
});
