import { describe, expect, it } from "vitest";
import type { Capture } from "../../src/core/capture/capture-schema.js";
import { measureCoverage } from "../../src/core/checks/measure-coverage.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { BROKEN, GOOD, fixtureCapture, readFixture } from "./fixture-files.js";

const capture = (): Capture => {
  const found = fixtureCapture(BROKEN, "capture-coverage");
  if (found === null)
    throw new Error("capture-coverage.capture.json is missing");
  return found;
};

describe("measureCoverage", () => {
  it("lists every captured item with its kind and finds the one the SOP lost", () => {
    const content = parseSop(readFixture(BROKEN, "capture-coverage.md")).file
      .content;
    expect(measureCoverage({ capture: capture(), content })).toEqual([
      {
        item: "Open the cache dashboard in Grafana",
        kind: "step",
        covered: true,
      },
      { item: "Restart the cache with kubectl", kind: "step", covered: true },
      {
        item: "Purge the CDN cache in Cloudflare",
        kind: "step",
        covered: false,
      },
      { item: "Check the hit rate recovers", kind: "step", covered: true },
      { item: "Grafana", kind: "tool", covered: true },
      { item: "kubectl", kind: "tool", covered: true },
      { item: "Hit rate stays low", kind: "pitfall", covered: true },
      {
        item: "Hit rate above 90 percent",
        kind: "definition-of-done",
        covered: true,
      },
      {
        item: "The cache hit rate alarm fires",
        kind: "trigger",
        covered: true,
      },
    ]);
  });

  it("matches words, not wording: plurals, tenses and punctuation do not matter", () => {
    const content = parseSop(readFixture(GOOD, "refund-a-customer.md")).file
      .content;
    const result = measureCoverage({
      capture: {
        ...capture(),
        steps: [
          {
            text: "opened the customer's tickets (Zendesk)",
            tools: [],
            access: [],
            tribal: false,
            clarification: null,
          },
        ],
        tools: [],
        pitfalls: [{ text: "Charges disputed!", handling: null }],
        definitionOfDone: "Ticket solved, customer has confirmation",
        trigger: "customer asking support for refunds",
      },
      content,
    });
    expect(result.map((entry) => [entry.kind, entry.covered])).toEqual([
      ["step", true],
      ["pitfall", true],
      ["definition-of-done", true],
      ["trigger", true],
    ]);
  });

  it("falls back to a clarification when the step was rewritten from it", () => {
    const content = parseSop(readFixture(GOOD, "refund-a-customer.md")).file
      .content;
    const step = {
      text: "do the money thing",
      tools: [],
      access: [],
      tribal: true,
      clarification: "Click Refund on the charge",
    };
    const result = measureCoverage({
      capture: { ...capture(), steps: [step], tools: [], pitfalls: [] },
      content,
    });
    expect(result[0]).toEqual({
      item: "do the money thing",
      kind: "step",
      covered: true,
    });
  });

  it("needs 70% of an item's words in a single SOP item", () => {
    const content = parseSop(readFixture(GOOD, "refund-a-customer.md")).file
      .content;
    const steps = [
      // 2 of 4 significant words (refund, charge) are in one step: not enough.
      {
        text: "Refund the charge through PayPal Braintree",
        tools: [],
        access: [],
        tribal: false,
        clarification: null,
      },
    ];
    const result = measureCoverage({
      capture: {
        ...capture(),
        steps,
        tools: [{ name: "Stripe", access: null }],
        pitfalls: [],
      },
      content,
    });
    expect(result.slice(0, 2)).toEqual([
      {
        item: "Refund the charge through PayPal Braintree",
        kind: "step",
        covered: false,
      },
      { item: "Stripe", kind: "tool", covered: true },
    ]);
  });
});
