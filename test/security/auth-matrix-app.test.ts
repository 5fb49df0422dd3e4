import { describe, expect, it } from "vitest";
import {
  cellName,
  mayPublish,
  representativeCells,
} from "./harness/auth-cells.js";
import { runAuthCell } from "./harness/run-auth-cell.js";

// Every row of every dimension once through the app and the GitHub double (a bot or the
// app cannot be the author there: their events never start a task).
const cells = representativeCells().filter(
  (c) => !(c.reviewerIsAuthor && c.account !== "user"),
);

describe("the authorisation matrix through the app", () => {
  it("covers every role, account, review state, commit and policy", () => {
    expect(new Set(cells.map((c) => c.role)).size).toBe(9);
    expect(new Set(cells.map((c) => c.account)).size).toBe(3);
    expect(new Set(cells.map((c) => c.state)).size).toBe(4);
    expect(new Set(cells.map((c) => c.commit)).size).toBe(2);
    expect(
      new Set(cells.map((c) => `${c.independent}/${c.reviewerIsAuthor}`)).size,
    ).toBe(4);
  });

  for (const cell of cells) {
    const allowed = mayPublish(cell);
    it(`${cellName(cell)}: ${allowed ? "merges the approved head" : "does not merge, the task keeps waiting"}`, async () => {
      const outcome = await runAuthCell(cell);
      expect(outcome.problems).toEqual([]);
      expect(outcome.published).toBe(allowed);
      expect(outcome.waiting).toBe(!allowed);
    });
  }
});
