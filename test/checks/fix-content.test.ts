import { describe, expect, it } from "vitest";
import type { Capture } from "../../src/core/capture/capture-schema.js";
import { fixContent } from "../../src/core/checks/fix-content.js";
import { runChecks } from "../../src/core/checks/run-checks.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { renderSop } from "../../src/core/sop/render-sop.js";
import { BROKEN, fixtureCapture, readFixture } from "./fixture-files.js";

const capture: Capture = {
  name: "Refund a customer",
  purpose: null,
  roles: [],
  trigger: null,
  steps: [
    {
      text: "Open Stripe",
      tools: ["Stripe dashboard", "Zendesk"],
      access: ["finance approval over 500 EUR"],
      tribal: false,
      clarification: null,
    },
  ],
  tools: [{ name: "Stripe dashboard", access: "admin role" }],
  pitfalls: [
    {
      text: "Card expired",
      handling: "Refund anyway; the network reroutes it",
    },
    { text: "Customer is abroad", handling: null },
  ],
  definitionOfDone: null,
  notes: [],
  questions: [],
  nextQuestionId: 1,
};

const content = {
  title: "Refund",
  purpose: "p",
  scope: "s",
  trigger: "t",
  roles: ["Agent"],
  prerequisites: ["The order number"],
  steps: [
    {
      action: "Then you open the charge.",
      substeps: ["First, click Refund.", "I checked the amount."],
    },
    { action: "The customer gets an email.", substeps: [] },
    { action: "Next, ensure the ticket is solved.", substeps: [] },
  ],
  edgeCases: [],
  definitionOfDone: ["Done"],
  gaps: [],
};

describe("fixContent", () => {
  it("adds missing tools with their access, missing access, and handled pitfalls; fixes narrated openings", () => {
    const result = fixContent({ content, capture });
    expect(result.content.prerequisites).toEqual([
      "The order number",
      "Stripe dashboard (access: admin role)",
      "Zendesk",
      "Access: finance approval over 500 EUR",
    ]);
    expect(result.content.edgeCases).toEqual([
      {
        case: "Card expired",
        action: "Refund anyway; the network reroutes it",
      },
    ]);
    expect(result.content.steps).toEqual([
      {
        action: "Open the charge.",
        substeps: ["Click Refund.", "I checked the amount."],
      },
      { action: "The customer gets an email.", substeps: [] },
      { action: "Ensure the ticket is solved.", substeps: [] },
    ]);
    expect(result.fixed).toEqual([
      'Added "Stripe dashboard" to Prerequisites',
      'Added "Zendesk" to Prerequisites',
      'Added access "finance approval over 500 EUR" to Prerequisites',
      'Added edge case "Card expired" to Edge cases',
      'Removed "Then you" from the start of step 1',
      'Removed "First" from the start of step 1.1',
      'Removed "Next" from the start of step 3',
    ]);
  });

  it("leaves an unhandled pitfall out: inventing its handling is a person's call", () => {
    const result = fixContent({ content, capture });
    expect(result.content.edgeCases.map((edge) => edge.case)).not.toContain(
      "Customer is abroad",
    );
  });

  it("changes nothing when nothing is missing, and is idempotent", () => {
    const once = fixContent({ content, capture });
    const twice = fixContent({ content: once.content, capture });
    expect(twice).toEqual({ content: once.content, fixed: [] });
  });

  it("clears the prerequisites-cover-tools finding of the broken fixture", () => {
    const fixtureCaptureValue = fixtureCapture(
      BROKEN,
      "prerequisites-cover-tools",
    );
    if (fixtureCaptureValue === null)
      throw new Error("capture fixture missing");
    const parsed = parseSop(
      readFixture(BROKEN, "prerequisites-cover-tools.md"),
    );
    const fixed = fixContent({
      content: parsed.file.content,
      capture: fixtureCaptureValue,
    });
    const markdown = renderSop({ ...parsed.file, content: fixed.content });
    expect(fixed.fixed).toEqual(['Added "PagerDuty" to Prerequisites']);
    expect(
      runChecks({
        markdown,
        capture: fixtureCaptureValue,
        today: "2026-11-26",
      }),
    ).toEqual([]);
    expect(markdown).toContain("- PagerDuty (access: responder)\n");
  });
});
