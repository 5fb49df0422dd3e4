import { describe, expect, it } from "vitest";
import type { Capture } from "../../src/core/capture/capture-schema.js";
import type { Finding } from "../../src/core/checks/finding.js";
import { createOfflineModel } from "../../src/model/offline/offline-model.js";
import { draftSop } from "../../src/model/offline/draft-sop.js";
import { offlineCapture } from "../../src/model/offline/offline-capture.js";
import { loadExample } from "../capture/load-example.js";

const model = createOfflineModel();
const capture: Capture = await offlineCapture({
  request: loadExample("customer-onboarding"),
  previous: null,
  answers: [],
});
const content = draftSop({ capture, feedback: [] }).content;

describe("offline walkthrough", () => {
  it("reports nothing and changes nothing on a complete draft", async () => {
    const { value } = await model.walkthrough({
      capture,
      content,
      findings: [],
      feedback: [],
      earlierFeedback: [],
    });
    expect(value).toEqual({ findings: [], content, addressed: [] });
  });

  it("puts lost tools back into prerequisites and lost handled pitfalls into edge cases", async () => {
    const damaged = {
      ...content,
      prerequisites: content.prerequisites.filter(
        (p) => !p.startsWith("Zendesk"),
      ),
      edgeCases: content.edgeCases.slice(1),
    };
    const { value } = await model.walkthrough({
      capture,
      content: damaged,
      findings: [],
      feedback: [],
      earlierFeedback: [],
    });
    expect(value.content.prerequisites.some((p) => p.includes("Zendesk"))).toBe(
      true,
    );
    expect(value.content.edgeCases.map((e) => e.case)).toContain(
      "The card on file is declined",
    );
    expect(value.findings).toEqual([]);
  });

  it("reports a captured step it cannot place, and a step that does not start with a verb", async () => {
    const damaged = {
      ...content,
      steps: [
        { action: "The invoice is sent.", substeps: [] },
        ...content.steps.slice(1),
      ],
    };
    const { value } = await model.walkthrough({
      capture,
      content: damaged,
      findings: [],
      feedback: [],
      earlierFeedback: [],
    });
    expect(value.findings).toEqual([
      {
        step: null,
        missing:
          'The captured step "Check that the signed contract PDF is attached to the opportunity in Salesforce" is not in the SOP',
        severity: "error",
      },
      {
        step: 1,
        missing:
          'Step 1 does not start with an instruction ("The"): "The invoice is sent."',
        severity: "error",
      },
    ]);
  });

  it("does not repeat the check findings, which the walkthrough lists once from the final file", async () => {
    const findings: Finding[] = [
      {
        ruleId: "step-one-action",
        severity: "warning",
        message: "Unexpected 2 actions in step 3, expected one action per step",
        line: 30,
        column: 4,
      },
      {
        ruleId: "front-matter-complete",
        severity: "error",
        message: 'Unexpected empty "owner", expected an owner',
        line: 6,
        column: 1,
      },
      {
        ruleId: "prerequisites-cover-tools",
        severity: "error",
        message: 'Unexpected missing prerequisite "Stripe"',
        line: 20,
        column: 1,
      },
    ];
    const { value } = await model.walkthrough({
      capture,
      content,
      findings,
      feedback: [],
      earlierFeedback: [],
    });
    expect(value.findings).toEqual([]);
  });

  it("reports per feedback id how the draft addressed it", async () => {
    const feedback = [
      {
        id: "review:1",
        author: "rev",
        body: "Add step after 2: Check the plan name",
        line: null,
        quote: null,
      },
      {
        id: "comment:2",
        author: "rev",
        body: "Reword this.",
        line: 40,
        quote: "2. Create the customer account",
      },
    ];
    const drafted = (
      await model.draft({
        capture,
        previous: null,
        feedback,
        earlierFeedback: [],
      })
    ).value;
    const { value } = await model.walkthrough({
      capture,
      content: drafted,
      findings: [],
      feedback,
      earlierFeedback: [],
    });
    expect(drafted.steps[2]?.action).toBe("Check the plan name.");
    expect(value.addressed).toEqual([
      { id: "review:1", how: "Applied: added step 3" },
      {
        id: "comment:2",
        how: 'Not applied by the offline drafter: needs a model or an edit on the branch ("Reword this.")',
      },
    ]);
  });
});
