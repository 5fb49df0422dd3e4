import { describe, expect, it } from "vitest";
import { offlineCapture } from "../../src/model/offline/offline-capture.js";

describe("a rule past an amount", () => {
  // The tagger reads "need" here as a noun; the rule is still an edge case, not a step.
  it('"refunds over £500 need Maria\'s sign-off first" is an edge case with what it needs', async () => {
    const capture = await offlineCapture({
      request: {
        title: "refunds",
        body: "so when a customer asks for a refund someone in support handles it. check the order in Shopify.\n\nrefunds over £500 need Maria's sign-off first!! don't refund to a different card.\n",
      },
      previous: null,
      answers: [],
    });
    expect(capture.steps.map((s) => s.text)).toEqual([
      "Check the order in Shopify.",
    ]);
    expect(capture.pitfalls).toEqual([
      { text: "Refunds over £500", handling: "Need Maria's sign-off first" },
    ]);
  });
});
