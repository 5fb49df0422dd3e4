import { describe, expect, it } from "vitest";
import { CaptureSchema } from "../../src/core/capture/capture-schema.js";
import { parseAnswers } from "../../src/core/capture/parse-answers.js";
import { RequestError } from "../../src/core/capture/request-error.js";
import { SopContentSchema } from "../../src/core/sop/sop-schema.js";
import { createOfflineModel } from "../../src/model/offline/offline-model.js";
import { loadAnswers, loadExample } from "../capture/load-example.js";

const NO_USAGE = { calls: 0, tokensIn: 0, tokensOut: 0 };

describe("createOfflineModel", () => {
  const model = createOfflineModel();

  it("names itself and spends nothing", async () => {
    expect(model.identity).toEqual({
      provider: "offline",
      model: "sopflow-offline-drafter",
    });
    const capture = await model.capture({
      request: loadExample("month-end-close"),
      previous: null,
      answers: [],
    });
    expect(capture.usage).toEqual(NO_USAGE);
    const draft = await model.draft({
      capture: capture.value,
      previous: null,
      feedback: [],
      earlierFeedback: [],
    });
    expect(draft.usage).toEqual(NO_USAGE);
    const walk = await model.walkthrough({
      capture: capture.value,
      content: draft.value,
      findings: [],
      feedback: [],
      earlierFeedback: [],
    });
    expect(walk.usage).toEqual(NO_USAGE);
  });

  it("finishes on-call-handover from its answers file: every question answered, each answer in place", async () => {
    const request = loadExample("on-call-handover");
    const first = (
      await model.capture({ request, previous: null, answers: [] })
    ).value;
    expect(first.questions.map((q) => q.id)).toEqual([1, 2, 3, 4]);
    const answers = parseAnswers({
      text: loadAnswers("on-call-handover"),
      open: first.questions,
    });
    const second = (await model.capture({ request, previous: first, answers }))
      .value;
    expect(CaptureSchema.parse(second)).toEqual(second);
    expect(second.questions).toEqual([]);
    expect(second.nextQuestionId).toBe(5);
    expect(second.trigger).toMatch(/^Every Monday at 10:00 UTC/);
    expect(second.steps[2]?.clarification).toMatch(/schedule override/);
    expect(second.tools.find((t) => t.name === "Opsgenie")?.access).toMatch(
      /Responder/,
    );
    expect(second.pitfalls[1]?.handling).toMatch(/^Log back in/);
    expect(second.notes).toContain("Thanks! Answers below.");
  });

  it("keeps numbering stable across captures: an open question keeps its number, an answered one is never reused", async () => {
    const request = loadExample("on-call-handover");
    const first = (
      await model.capture({ request, previous: null, answers: [] })
    ).value;
    const second = (
      await model.capture({
        request,
        previous: first,
        answers: [{ questionId: 1, text: "Monday 10:00 UTC" }],
      })
    ).value;
    expect(second.questions.map((q) => [q.id, q.about])).toEqual([
      [2, "step:3"],
      [3, "tool:Opsgenie"],
      [4, "pitfall:2"],
    ]);
    // The operator adds a vague step to the issue: its question gets 5, not the freed 1.
    const edited = {
      ...request,
      body: request.body.replace(
        "5. Post the link",
        "6. Do the usual checks\n5. Post the link",
      ),
    };
    const third = (
      await model.capture({ request: edited, previous: second, answers: [] })
    ).value;
    expect(third.trigger).toBe("Monday 10:00 UTC");
    expect(third.questions.map((q) => [q.id, q.about])).toEqual([
      [2, "step:3"],
      [3, "tool:Opsgenie"],
      [4, "pitfall:2"],
      [5, "step:5"],
    ]);
    expect(third.nextQuestionId).toBe(6);
  });

  it("recapturing the same request with no answers changes nothing", async () => {
    const request = loadExample("on-call-handover");
    const first = (
      await model.capture({ request, previous: null, answers: [] })
    ).value;
    const again = (
      await model.capture({ request, previous: first, answers: [] })
    ).value;
    expect(again).toEqual(first);
  });

  it("sanitises answers before merging them", async () => {
    const request = loadExample("on-call-handover");
    const first = (
      await model.capture({ request, previous: null, answers: [] })
    ).value;
    const second = (
      await model.capture({
        request,
        previous: first,
        answers: [{ questionId: 1, text: "Mon<!-- secret -->day\u202E" }],
      })
    ).value;
    expect(second.trigger).toBe("Monday");
  });

  it("rejects a bad request with the RequestError the operator can read", async () => {
    await expect(
      model.capture({
        request: { title: "", body: "" },
        previous: null,
        answers: [],
      }),
    ).rejects.toBeInstanceOf(RequestError);
    await expect(
      model.capture({
        request: { title: "SOP: x", body: "Owner: me" },
        previous: null,
        answers: [],
      }),
    ).rejects.toThrow(/names no steps/);
  });

  it("drafts odd names as plain titles", async () => {
    for (const name of ["../../.github/workflows/x", "🚀✅".repeat(150)]) {
      const capture = (
        await model.capture({
          request: {
            title: `SOP: ${name}`,
            body: "1. Open the runbook page\n2. Follow the checklist items",
          },
          previous: null,
          answers: [],
        })
      ).value;
      const draft = (
        await model.draft({
          capture,
          previous: null,
          feedback: [],
          earlierFeedback: [],
        })
      ).value;
      expect(SopContentSchema.parse(draft).title).toBe(name);
    }
  });
});
