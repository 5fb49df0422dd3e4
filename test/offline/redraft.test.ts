import { describe, expect, it } from "vitest";
import { createOfflineModel } from "../../src/model/offline/offline-model.js";
import { loadExample } from "../capture/load-example.js";

describe("the offline redraft", () => {
  const model = createOfflineModel();

  it("starts from the SOP on the branch, people's edits included, and applies only the new feedback", async () => {
    const capture = (
      await model.capture({
        request: loadExample("month-end-close"),
        previous: null,
        answers: [],
      })
    ).value;
    const first = (
      await model.draft({
        capture,
        previous: null,
        feedback: [],
        earlierFeedback: [],
      })
    ).value;
    // What a reviewer changed by hand on the branch: a reworded step, a removed one, an extra role.
    const edited = {
      ...first,
      roles: [...first.roles, "Auditor"],
      steps: [
        { action: "Export the ledger as CSV from the ERP.", substeps: [] },
        ...first.steps.slice(2),
      ],
    };
    const earlier = {
      id: "review:1",
      author: "mo",
      body: "Add step: Earlier feedback that the draft already holds",
      line: null,
      quote: null,
    };
    const redraft = (
      await model.draft({
        capture,
        previous: edited,
        feedback: [
          {
            id: "review:2",
            author: "mo",
            body: "Add step after 1: Check the bank feed is complete",
            line: null,
            quote: null,
          },
        ],
        earlierFeedback: [earlier],
      })
    ).value;
    expect(redraft.roles).toEqual(edited.roles);
    expect(redraft.steps[0]).toEqual(edited.steps[0]);
    expect(redraft.steps[1]?.action).toMatch(
      /^Check the bank feed is complete/,
    );
    expect(redraft.steps.slice(2)).toEqual(edited.steps.slice(1));
    expect(JSON.stringify(redraft)).not.toContain("Earlier feedback");
  });
});
