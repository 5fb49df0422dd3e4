import { describe, expect, it } from "vitest";
import type { Capture } from "../../src/core/capture/capture-schema.js";
import type { SopContent } from "../../src/core/sop/sop-schema.js";
import { mergeRequestEdit } from "../../src/core/workflow/merge-request-edit.js";

// Hand-written: a capture of a three-step process and the SOP a reviewer then changed.
const capture: Capture = {
  name: "Restart the queue",
  purpose: "Jobs flow again.",
  roles: ["Operator"],
  trigger: "The queue stalls",
  steps: [
    {
      text: "Drain the worker pool",
      tools: [],
      access: [],
      tribal: false,
      clarification: null,
    },
    {
      text: "Restart the broker service",
      tools: [],
      access: [],
      tribal: false,
      clarification: null,
    },
    {
      text: "Check the dead letter queue",
      tools: [],
      access: [],
      tribal: false,
      clarification: null,
    },
  ],
  tools: [],
  pitfalls: [],
  definitionOfDone: "Jobs are processed again",
  notes: [],
  questions: [],
  nextQuestionId: 1,
};
const reviewed: SopContent = {
  title: "Restart the queue",
  purpose: "Jobs flow again.",
  scope: "The job queue.",
  trigger: "The queue stalls.",
  roles: ["Operator"],
  prerequisites: [],
  // The reviewer added step 2 and removed "Check the dead letter queue".
  steps: [
    { action: "Drain the worker pool.", substeps: [] },
    { action: "Announce the restart in #ops.", substeps: [] },
    { action: "Restart the broker service.", substeps: [] },
  ],
  edgeCases: [],
  definitionOfDone: ["Jobs are processed again."],
  gaps: [],
};
const step = (text: string) => ({
  text,
  tools: [],
  access: [],
  tribal: false,
  clarification: null,
});

describe("mergeRequestEdit", () => {
  it("rewords the step the edit changed and keeps the reviewer's added and removed steps", () => {
    const after = {
      ...capture,
      steps: [
        capture.steps[0]!,
        step("Restart the broker service with systemctl"),
        capture.steps[2]!,
      ],
    };
    const { content } = mergeRequestEdit({
      content: reviewed,
      before: capture,
      after,
    });
    expect(content.steps.map((s) => s.action)).toEqual([
      "Drain the worker pool.",
      "Announce the restart in #ops.",
      "Restart the broker service with systemctl.",
    ]);
  });

  it("a step the reviewer removed stays removed when the edit rewords it, and comes back only when the edit adds a step", () => {
    const reworded = {
      ...capture,
      steps: [
        capture.steps[0]!,
        capture.steps[1]!,
        step("Check the dead letter queue twice"),
      ],
    };
    expect(
      mergeRequestEdit({ content: reviewed, before: capture, after: reworded })
        .content.steps,
    ).toEqual(reviewed.steps);
    const added = {
      ...capture,
      steps: [...capture.steps, step("Tell the on-call engineer")],
    };
    expect(
      mergeRequestEdit({
        content: reviewed,
        before: capture,
        after: added,
      }).content.steps.at(-1),
    ).toEqual({ action: "Tell the on-call engineer.", substeps: [] });
  });

  it("a changed trigger, role and definition of done replace what they were", () => {
    const after = {
      ...capture,
      trigger: "The queue has stalled for 5 minutes",
      roles: ["Operator", "On-call engineer"],
      definitionOfDone: "Jobs are processed again and the backlog is empty",
    };
    const { content, changes } = mergeRequestEdit({
      content: reviewed,
      before: capture,
      after,
    });
    expect(content.trigger).toBe("The queue has stalled for 5 minutes.");
    expect(content.roles).toEqual(["Operator", "On-call engineer"]);
    expect(content.definitionOfDone).toEqual([
      "Jobs are processed again and the backlog is empty.",
    ]);
    expect(content.steps).toEqual(reviewed.steps);
    expect(changes.map((c) => c.field)).toEqual([
      "trigger",
      "definitionOfDone",
      "role",
    ]);
  });
});
