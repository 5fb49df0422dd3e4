import { describe, expect, it } from "vitest";
import type { Capture } from "../../src/core/capture/capture-schema.js";
import { detectQuestions } from "../../src/core/capture/detect-questions.js";
import { parseRequest } from "../../src/core/capture/parse-request.js";
import { COMPLETE_EXAMPLES, loadExample } from "./load-example.js";

const fresh = (capture: Capture): ReturnType<typeof detectQuestions> =>
  detectQuestions({ capture, previous: [], nextId: 1 });

describe("detectQuestions", () => {
  it("asks on-call-handover's four questions, each about one thing and quoting it", () => {
    const { questions, nextId } = fresh(
      parseRequest(loadExample("on-call-handover")),
    );
    expect(questions.map((q) => [q.id, q.about])).toEqual([
      [1, "trigger"],
      [2, "step:3"],
      [3, "tool:Opsgenie"],
      [4, "pitfall:2"],
    ]);
    expect(nextId).toBe(5);
    expect(questions[0]?.text).toContain('"On-call handover"');
    expect(questions[1]?.text).toContain(
      'Step 3 says "Sort out the pager stuff"',
    );
    expect(questions[2]?.text).toContain("Opsgenie");
    expect(questions[3]?.text).toContain(
      '"Sometimes the Opsgenie app logs you out on your phone"',
    );
  });

  it.each(COMPLETE_EXAMPLES)(
    "asks nothing about the complete example %s",
    (name) => {
      expect(fresh(parseRequest(loadExample(name))).questions).toEqual([]);
    },
  );

  it("asks about a missing purpose, roles, definition of done and name", () => {
    const capture = parseRequest({
      title: "",
      body: "1. Export the weekly report\n2. Email the report to finance",
    });
    expect(fresh(capture).questions.map((q) => q.about)).toEqual([
      "name",
      "purpose",
      "roles",
      "trigger",
      "definitionOfDone",
    ]);
  });

  it("flags vague steps by phrase and by length, but not once clarified", () => {
    const capture = parseRequest({
      title: "Vague",
      body: "1. Deal with the invoices\n2. Take care of the account\n3. Send the reminders etc.\n4. Do it as usual\n5. Handover\n6. Clean up the old stuff\n7. Send the weekly report to finance",
    });
    const abouts = (c: Capture): string[] =>
      fresh(c)
        .questions.map((q) => q.about)
        .filter((a) => a.startsWith("step:"));
    expect(abouts(capture)).toEqual([
      "step:1",
      "step:2",
      "step:3",
      "step:4",
      "step:5",
      "step:6",
    ]);
    expect(
      fresh(capture).questions.find((q) => q.about === "step:5")?.text,
    ).toContain("fewer than three words");
    capture.steps[0] = {
      ...capture.steps[0]!,
      clarification: "Match each invoice to its purchase order",
    };
    expect(abouts(capture)).not.toContain("step:1");
  });

  it("keeps an open question's number and never reuses an answered one", () => {
    const capture = parseRequest(loadExample("on-call-handover"));
    const first = fresh(capture);
    // Question 1 (trigger) is answered; a new gap appears (no roles).
    const next = detectQuestions({
      capture: { ...capture, trigger: "Every Monday at 10:00", roles: [] },
      previous: first.questions.filter((q) => q.id !== 1),
      nextId: first.nextId,
    });
    expect(next.questions.map((q) => [q.id, q.about])).toEqual([
      [2, "step:3"],
      [3, "tool:Opsgenie"],
      [4, "pitfall:2"],
      [5, "roles"],
    ]);
    expect(next.nextId).toBe(6);
  });

  it("numbers new questions past any previous id even when nextId lags behind", () => {
    const capture = parseRequest({
      title: "X",
      body: "1. Export the weekly report",
    });
    const { questions, nextId } = detectQuestions({
      capture,
      previous: [{ id: 9, about: "trigger", text: "old" }],
      nextId: 3,
    });
    expect(questions.find((q) => q.about === "trigger")?.id).toBe(9);
    expect(
      Math.min(
        ...questions.filter((q) => q.about !== "trigger").map((q) => q.id),
      ),
    ).toBe(10);
    expect(nextId).toBe(10 + questions.length - 1);
  });
});
