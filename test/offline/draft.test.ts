import { describe, expect, it } from "vitest";
import type { Capture } from "../../src/core/capture/capture-schema.js";
import { measureCoverage } from "../../src/core/checks/measure-coverage.js";
import { nonImperativeStart } from "../../src/core/checks/imperative-start.js";
import { runChecks } from "../../src/core/checks/run-checks.js";
import { buildSopFile } from "../../src/core/sop/build-sop-file.js";
import { renderSop } from "../../src/core/sop/render-sop.js";
import type { SopContent } from "../../src/core/sop/sop-schema.js";
import { SopContentSchema } from "../../src/core/sop/sop-schema.js";
import { draftSop } from "../../src/model/offline/draft-sop.js";
import { offlineCapture } from "../../src/model/offline/offline-capture.js";
import {
  COMPLETE_EXAMPLES,
  EXAMPLES,
  loadExample,
} from "../capture/load-example.js";

const TODAY = "2025-03-01";
const captures = new Map<string, Capture>(
  await Promise.all(
    EXAMPLES.map(
      async (name) =>
        [
          name,
          await offlineCapture({
            request: loadExample(name),
            previous: null,
            answers: [],
          }),
        ] as const,
    ),
  ),
);
const capture = (name: string): Capture => {
  const found = captures.get(name);
  if (found === undefined) throw new Error(`Unexpected example ${name}`);
  return found;
};
const draft = (c: Capture): SopContent =>
  draftSop({ capture: c, feedback: [] }).content;

function render(content: SopContent): string {
  const file = buildSopFile({
    content,
    previous: null,
    task: { id: "sop-1", sourceIssue: "acme/docs#1", owner: "ops" },
    today: TODAY,
    reviewIntervalDays: 180,
    author: "sopflow",
    change: "First draft",
  });
  return renderSop(file);
}

describe("draftSop on the examples", () => {
  it.each(EXAMPLES)(
    "%s: every step and sub-step starts with an imperative verb",
    (name) => {
      const content = draft(capture(name));
      expect(SopContentSchema.parse(content)).toEqual(content);
      const texts = content.steps.flatMap((s) => [s.action, ...s.substeps]);
      expect(texts.filter((t) => nonImperativeStart(t) !== null)).toEqual([]);
    },
  );

  it.each(EXAMPLES)(
    "%s: every captured step, tool, pitfall, trigger and done item is covered",
    (name) => {
      const c = capture(name);
      const content = draft(c);
      expect(
        measureCoverage({ capture: c, content }).filter(
          (entry) => !entry.covered,
        ),
      ).toEqual([]);
      expect(content.steps).toHaveLength(c.steps.length);
    },
  );

  it.each(COMPLETE_EXAMPLES)(
    "%s: the rendered SOP passes every check with no gap",
    (name) => {
      const c = capture(name);
      const content = draft(c);
      expect(content.gaps).toEqual([]);
      expect(
        runChecks({ markdown: render(content), capture: c, today: TODAY }),
      ).toEqual([]);
    },
  );

  it("on-call-handover: every open question is a gap and a flagged placeholder, never an invented value", () => {
    const c = capture("on-call-handover");
    const content = draft(c);
    expect(content.gaps).toEqual(
      c.questions.map((q) => ({ questionId: q.id, text: q.text })),
    );
    expect(content.trigger).toBe("Not yet known — see open question 1");
    expect(content.scope).toContain(
      "It starts with its trigger (not yet known — see open question 1)",
    );
    expect(content.steps[2]).toEqual({
      action: "Sort out the pager stuff.",
      substeps: ["Not yet known — see open question 2"],
    });
    expect(content.prerequisites).toContain(
      "Opsgenie — access: Not yet known — see open question 3",
    );
    expect(content.edgeCases[1]).toEqual({
      case: "Sometimes the Opsgenie app logs you out on your phone",
      action: "Not yet known — see open question 4",
    });
    const findings = runChecks({
      markdown: render(content),
      capture: c,
      today: TODAY,
    });
    // The errors are the open questions; the warnings point at the words those questions are about.
    const errors = findings.filter((f) => f.severity === "error");
    expect(new Set(errors.map((f) => f.ruleId))).toEqual(
      new Set(["no-placeholders"]),
    );
    expect(errors).toHaveLength(4);
    expect(
      findings
        .filter((f) => f.severity !== "error")
        .map((f) => [f.ruleId, f.message]),
    ).toEqual([
      [
        "undefined-acronyms",
        'Unexpected undefined acronym "SRE", expected it in Definitions (or spelled out where it first appears)',
      ],
      [
        "step-vague-words",
        'Unexpected vague "Sort out", "stuff" in step 3, expected exactly what to do',
      ],
    ]);
  });

  it("customer-onboarding: remembered steps sit where the operator put them, tools and access in prerequisites", () => {
    const content = draft(capture("customer-onboarding"));
    expect(content.steps[3]?.action).toBe(
      'Add the "onboarding" tag to the Stripe customer so finance can find new accounts.',
    );
    expect(content.steps[13]?.action).toBe(
      "Post the customer's name in #wins so the sales team sees it.",
    );
    expect(content.prerequisites).toContain(
      "Stripe — access: Billing Admin role",
    );
    expect(content.scope).toBe(
      // A sentence of its own, not a splice ("covers Customer onboarding from a contract is marked …").
      'This SOP covers customer onboarding. It starts when a contract is marked "Closed won" in Salesforce and ends when the customer\'s admin has logged in to the product at least once, the first Stripe invoice is scheduled for the contract\'s billing day and the opportunity stage in Salesforce reads "Onboarding".',
    );
  });

  it("month-end-close: split actions become sub-steps and a role as subject is kept as who does it", () => {
    const content = draft(capture("month-end-close"));
    expect(content.steps[2]?.action).toBe(
      "Post the accruals journal for unpaid supplier invoices from the accruals sheet in Google Sheets (done by the accountant).",
    );
    expect(content.steps[4]).toEqual({
      action: "Reconcile the Stripe payouts against the Xero bank feed.",
      substeps: ["Post the Stripe fees as an expense."],
    });
    expect(content.steps[6]).toEqual({
      action: "Review the trial balance (done by the finance lead).",
      substeps: ["Sign off in the close checklist."],
    });
    expect(content.definitionOfDone).toEqual([
      "Every bank account shows zero unreconciled items in Xero",
      "The period is locked in Xero",
      "The management report is posted in #leadership",
    ]);
  });
});

describe("draftSop from a clarified capture", () => {
  it("drafts a clarified vague step from the clarification and keeps the original words", () => {
    const c = capture("on-call-handover");
    const clarified: Capture = {
      ...c,
      steps: c.steps.map((s, i) =>
        i === 2
          ? {
              ...s,
              clarification:
                "Override the schedule in Opsgenie, then send a test page",
            }
          : s,
      ),
      questions: c.questions.filter((q) => q.about !== "step:3"),
    };
    expect(draft(clarified).steps[2]).toEqual({
      action: "Override the schedule in Opsgenie.",
      substeps: [
        "Send a test page.",
        "Originally described as: Sort out the pager stuff",
      ],
    });
  });

  it("keeps the operator's words as a sub-step when rewording would lose them", () => {
    const c = capture("month-end-close");
    const reworded: Capture = {
      ...c,
      steps: [
        {
          text: "The team verifies duplicates",
          tools: [],
          access: [],
          tribal: false,
          clarification: null,
        },
      ],
    };
    const step = draft(reworded).steps[0];
    expect(step?.action).toBe("Verify duplicates (done by the team).");
    expect(step?.substeps).toEqual([
      "Originally described as: The team verifies duplicates",
    ]);
    expect(
      measureCoverage({ capture: reworded, content: draft(reworded) }).find(
        (e) => e.kind === "step",
      )?.covered,
    ).toBe(true);
  });
});
