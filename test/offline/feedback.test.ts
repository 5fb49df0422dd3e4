import { describe, expect, it } from "vitest";
import type { Capture } from "../../src/core/capture/capture-schema.js";
import type { Feedback } from "../../src/core/ports/model.js";
import { draftSop } from "../../src/model/offline/draft-sop.js";
import { offlineCapture } from "../../src/model/offline/offline-capture.js";
import { parseFeedback } from "../../src/model/offline/parse-feedback.js";
import { loadExample } from "../capture/load-example.js";

const capture: Capture = await offlineCapture({
  request: loadExample("month-end-close"),
  previous: null,
  answers: [],
});
const base = draftSop({ capture, feedback: [] }).content;
const review = (
  id: string,
  body: string,
  line: number | null = null,
  quote: string | null = null,
): Feedback => ({ id, author: "rev", body, line, quote });

describe("parseFeedback", () => {
  it("reads every instruction of the grammar, tolerating list markers and bold", () => {
    const body = [
      "Add step after 3: Check the FX rates in Xero",
      "- Add step: Archive the close checklist",
      "**Replace step 2:** Import the statements into Xero",
      "Remove step 6",
      "Add prerequisite: The close checklist template",
      "Add edge case: Xero is down -> wait and retry after an hour",
      "Definition of done: the checklist is archived",
      "Please make it friendlier.",
    ].join("\n");
    expect(parseFeedback(body)).toEqual({
      instructions: [
        { kind: "add-step", after: 3, text: "Check the FX rates in Xero" },
        { kind: "add-step", after: null, text: "Archive the close checklist" },
        {
          kind: "replace-step",
          step: 2,
          text: "Import the statements into Xero",
        },
        { kind: "remove-step", step: 6 },
        { kind: "add-prerequisite", text: "The close checklist template" },
        {
          kind: "add-edge-case",
          case: "Xero is down",
          action: "wait and retry after an hour",
        },
        { kind: "definition-of-done", text: "the checklist is archived" },
      ],
      unread: ["Please make it friendlier."],
    });
  });
});

describe("draftSop with feedback", () => {
  it("applies grammar lines with step numbers from the draft the reviewer saw", () => {
    const { content, addressed } = draftSop({
      capture,
      feedback: [
        review(
          "review:1",
          "Add step after 3: we check the FX rates in Xero\nRemove step 6",
        ),
        review(
          "review:2",
          "Replace step 1: Download the statements from the Barclays portal\nAdd step: Archive the close checklist",
        ),
        review(
          "review:3",
          "Add prerequisite: The close checklist template\nAdd edge case: Xero is down -> Wait an hour and retry\nDefinition of done: The checklist is archived",
        ),
      ],
    });
    expect(content.steps.map((s) => s.action)).toEqual([
      "Download the statements from the Barclays portal.",
      base.steps[1]?.action,
      base.steps[2]?.action,
      "Check the FX rates in Xero.",
      base.steps[3]?.action,
      base.steps[4]?.action,
      ...base.steps.slice(6).map((s) => s.action),
      "Archive the close checklist.",
    ]);
    expect(content.prerequisites.at(-1)).toBe("The close checklist template");
    expect(content.edgeCases.at(-1)).toEqual({
      case: "Xero is down",
      action: "Wait an hour and retry",
    });
    expect(content.definitionOfDone.at(-1)).toBe("The checklist is archived");
    expect(addressed).toEqual([
      { id: "review:1", how: "Applied: added step 4; removed step 6" },
      {
        id: "review:2",
        how: `Applied: replaced step 1 (now step 1); added step ${content.steps.length}`,
      },
      {
        id: "review:3",
        how: 'Applied: added prerequisite "The close checklist template"; added edge case "Xero is down"; added to the definition of done',
      },
    ]);
  });

  it("does not guess: a plain-sentence inline comment is recorded as not applied, and the draft is unchanged", () => {
    const { content, addressed } = draftSop({
      capture,
      feedback: [
        review(
          "comment:9",
          "This should say which Xero report to use.",
          42,
          "3. Run the depreciation schedule",
        ),
      ],
    });
    expect(content).toEqual(base);
    expect(addressed).toEqual([
      {
        id: "comment:9",
        how: 'Not applied by the offline drafter: needs a model or an edit on the branch ("This should say which Xero report to use.")',
      },
    ]);
  });

  it("reports out-of-range numbers and conflicting instructions as not applied", () => {
    const { content, addressed } = draftSop({
      capture,
      feedback: [
        review(
          "review:4",
          "Remove step 40\nAdd step after 99: Nap\nRemove step 2\nReplace step 2: Import it",
        ),
      ],
    });
    expect(content.steps).toHaveLength(base.steps.length - 1);
    expect(addressed[0]?.how).toBe(
      `Applied: removed step 2. Not applied: there is no step 40 (the draft has ${base.steps.length}); there is no step 99 (the draft has ${base.steps.length}); step 2 is already changed by another instruction`,
    );
  });

  it("reads hostile feedback quickly and applies nothing it does not understand", () => {
    const body = `Add edge case: a${" ".repeat(90_000)}b -> c${" ".repeat(90_000)}x\n${"**".repeat(40_000)}\nRemove step ${"9".repeat(50_000)}`;
    const started = performance.now();
    const { content, addressed } = draftSop({
      capture,
      feedback: [review("review:5", body)],
    });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(content.edgeCases.at(-1)).toEqual({ case: "a b", action: "c x" });
    expect(content.steps).toEqual(base.steps);
    expect(addressed[0]?.how).toMatch(
      /^Applied: added edge case "a b"\. Not applied by the offline drafter: /,
    );
  });

  it("is deterministic: the same capture and feedback give the same draft", () => {
    const feedback = [review("review:1", "Add step after 2: Check the totals")];
    expect(draftSop({ capture, feedback })).toEqual(
      draftSop({ capture, feedback }),
    );
  });
});
