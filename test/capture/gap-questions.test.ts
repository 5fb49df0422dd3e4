import { describe, expect, it } from "vitest";
import type { Capture } from "../../src/core/capture/capture-schema.js";
import { applyGapAnswers } from "../../src/core/capture/free-text/gap-answers.js";
import {
  gapQuestions,
  ownerUnclear,
} from "../../src/core/capture/free-text/gap-questions.js";

const step = (text: string) => ({
  text,
  tools: [],
  access: [],
  tribal: false,
  clarification: null,
});

// Hand-written capture, shaped like the refunds message of bench/corpus.
const refunds: Capture = {
  name: "Refunds",
  purpose: "The customer gets their money back.",
  roles: ["Support", "Finance"],
  trigger: "A customer asks for a refund",
  steps: [
    step(
      "Check the order in Shopify and whether it is within the 30 day window.",
    ),
    step("Refund it in Stripe to the original card."),
    step("Close the ticket."),
  ],
  tools: [
    { name: "Shopify", access: null },
    { name: "Stripe", access: null },
  ],
  pitfalls: [
    { text: "Refunds over £500", handling: "need Maria's sign-off first" },
  ],
  definitionOfDone:
    "The refund shows in Stripe, and the signed refund forms are filed in the finance office",
  notes: [],
  questions: [],
  nextQuestionId: 1,
};

describe("gapQuestions", () => {
  it("asks who a person named by first name is, which role does which step when the owner is left open, and the done part no step does", () => {
    const asks = gapQuestions(refunds, new Set(), true, true);
    expect(asks.map((a) => a.about)).toEqual([
      "person:Maria",
      "roles:steps",
      "done:1",
    ]);
    expect(asks[2]?.text).toContain(
      "the signed refund forms are filed in the finance office",
    );
  });

  it("asks nothing about roles when the request gives the work to someone", () => {
    expect(ownerUnclear("someone in support or finance handles it")).toBe(true);
    expect(ownerUnclear("the practice nurse or the HCA signs for it")).toBe(
      false,
    );
    const asks = gapQuestions(refunds, new Set(), true, false);
    expect(asks.map((a) => a.about)).not.toContain("roles:steps");
  });

  it("treats a two-letter short form after a lower-case word as an acronym (Ct), not a name after a colon", () => {
    const qpcr: Capture = {
      ...refunds,
      roles: ["Scientist"],
      pitfalls: [],
      definitionOfDone: null,
      steps: [
        step("Check the positive control Ct is between 25 and 30."),
        step("Note: Jo keeps the spare plates."),
      ],
    };
    expect(gapQuestions(qpcr, new Set()).map((a) => a.about)).toEqual([
      "acronym:Ct",
    ]);
  });
});

describe("applyGapAnswers", () => {
  it("puts who a person is in Definitions and marks the steps each role does", () => {
    const answered = applyGapAnswers({
      ...refunds,
      notes: [
        "Answer (person:Maria): Maria Lopez, the finance manager.",
        "Answer (roles:steps): Support checks the order and closes the ticket; finance makes the refund in Stripe.",
      ],
    });
    expect(answered.definitions).toEqual([
      { term: "Maria", meaning: "Maria Lopez, the finance manager." },
    ]);
    expect(answered.steps.map((s) => s.text)).toEqual([
      "Check the order in Shopify and whether it is within the 30 day window (done by support).",
      "Refund it in Stripe to the original card (done by finance).",
      "Close the ticket (done by support).",
    ]);
  });
});
