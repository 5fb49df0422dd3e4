import { describe, expect, it } from "vitest";
import { CaptureSchema } from "../../src/core/capture/capture-schema.js";
import type {
  Capture,
  Question,
} from "../../src/core/capture/capture-schema.js";
import { settleQuestionIds } from "../../src/model/openai/settle-question-ids.js";
import { fixtureAnswer } from "./model-fixtures.js";

const q = (id: number, text: string, about = "steps"): Question => ({
  id,
  about,
  text,
});
// Questions 1 to 3 were asked; 1 has been answered since.
const previous: Capture = {
  ...CaptureSchema.parse(fixtureAnswer("capture-success")),
  questions: [q(2, "two"), q(3, "three")],
  nextQuestionId: 4,
};
const withQuestions = (
  questions: Question[],
  nextQuestionId: number,
): Capture => ({ ...previous, questions, nextQuestionId });

describe("settleQuestionIds", () => {
  it("keeps a well-numbered answer as it is", () => {
    const capture = withQuestions([q(2, "still open"), q(4, "new")], 5);
    expect(settleQuestionIds({ previous, capture })).toEqual(capture);
  });

  it("gives a new question that reuses an answered number a fresh one", () => {
    const settled = settleQuestionIds({
      previous,
      capture: withQuestions([q(2, "still open"), q(1, "new, misnumbered")], 4),
    });
    expect(settled.questions.map((question) => question.id)).toEqual([2, 4]);
    expect(settled.nextQuestionId).toBe(5);
  });

  it("separates duplicate ids and never lowers nextQuestionId", () => {
    const settled = settleQuestionIds({
      previous,
      capture: withQuestions([q(5, "a"), q(5, "b")], 1),
    });
    expect(settled.questions.map((question) => question.id)).toEqual([5, 6]);
    expect(settled.nextQuestionId).toBe(7);
  });

  it("numbers a first capture from 1", () => {
    const settled = settleQuestionIds({
      previous: null,
      capture: withQuestions([q(1, "a"), q(2, "b")], 1),
    });
    expect(settled.questions.map((question) => question.id)).toEqual([1, 2]);
    expect(settled.nextQuestionId).toBe(3);
  });
});
