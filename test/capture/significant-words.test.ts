import { describe, expect, it } from "vitest";
import { placeTribalSteps } from "../../src/core/capture/place-tribal-steps.js";
import { isCovered } from "../../src/core/checks/measure-coverage.js";

// Hand-written phrasings: how an operator names a step when they remember
// something around it, and how a draft words the same step.
const PAIRS: [operator: string, sop: string][] = [
  ["tagging the tickets", "Tag every ticket"],
  ["the owner's approval", "Get approval from the owner"],
  ["closing the incident", "Close the incidents"],
  ["when the invoices were added", "Add the invoice"],
];

describe("capture and the coverage check read words alike", () => {
  it.each(PAIRS)(
    "a remembered step placed by '%s' is also covered by '%s'",
    (operator, sop) => {
      const placed = placeTribalSteps(
        ["Open the queue", sop],
        [`before ${operator}: check the on-call rota`],
      );
      // Capture anchors the remembered step to the SOP's wording of the step…
      expect(placed.map((s) => s.text)).toEqual([
        "Open the queue",
        "check the on-call rota",
        sop,
      ]);
      // …and the coverage check counts the operator's wording as covered by it.
      expect(isCovered({ text: operator, candidates: [sop] })).toBe(true);
    },
  );
});
