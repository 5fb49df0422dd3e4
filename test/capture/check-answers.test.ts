import { describe, expect, it } from "vitest";
import { checkAnswers } from "../../src/core/capture/check-answers.js";

const open = [
  { id: 1, about: "roles", text: "Who runs it?" },
  { id: 2, about: "trigger", text: "What starts it?" },
];

describe("checkAnswers", () => {
  it("keeps a `3 - …` line out of answer 2 and says there is no question 3", () => {
    const { answers, unused } = checkAnswers({
      text: "1. Lagermitarbeiter\n2 - Ein LKW meldet sich an der Rampe\n3 - Ein LKW meldet sich beim Pförtner",
      open,
      nextId: 3,
    });
    expect(answers).toEqual([
      { questionId: 1, text: "Lagermitarbeiter" },
      { questionId: 2, text: "Ein LKW meldet sich an der Rampe" },
    ]);
    expect(unused).toEqual([
      '"3 - Ein LKW meldet sich beim Pförtner": there is no question 3',
    ]);
  });

  it("uses neither answer of a number given twice, and names an answered number as such", () => {
    const { answers, unused } = checkAnswers({
      text: "1. Shift lead\n1. Warehouse operator\n2. A truck arrives\n4. Nothing",
      open,
      nextId: 5,
    });
    expect(answers).toEqual([{ questionId: 2, text: "A truck arrives" }]);
    expect(unused).toEqual([
      '"4. Nothing": question 4 is not open (it was answered already)',
      "question 1 was answered 2 times in one comment: none of them was used, answer it once",
    ]);
  });

  it("keeps a numbered list inside an answer as part of it", () => {
    const { answers, unused } = checkAnswers({
      text: "2. Any of these:\n1. a truck arrives\n2. a parcel arrives",
      open: [{ id: 2, about: "trigger", text: "What starts it?" }],
      nextId: 3,
    });
    expect(unused).toEqual([]);
    expect(answers).toEqual([
      {
        questionId: 2,
        text: "Any of these:\n1. a truck arrives\n2. a parcel arrives",
      },
    ]);
  });
});
