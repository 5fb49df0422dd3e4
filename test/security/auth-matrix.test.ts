import { describe, expect, it } from "vitest";
import {
  ACCOUNTS,
  allCells,
  cellName,
  mayPublish,
  ROLES,
} from "./harness/auth-cells.js";
import { decideAuthCell } from "./harness/decide-auth-cell.js";
import { runAuthMatrix } from "./harness/run-auth-matrix.js";

describe("the authorisation matrix, decided with real notes", () => {
  it("allows exactly 12 of its 864 cells: a writing human approving the head, independently when required", () => {
    const cells = allCells();
    expect(cells).toHaveLength(ROLES.length * ACCOUNTS.length * 4 * 2 * 2 * 2);
    const allowed = cells.filter(mayPublish);
    expect(allowed).toHaveLength(12);
    expect(new Set(allowed.map((c) => c.role))).toEqual(
      new Set(["write", "maintain", "admin", "custom-write"]),
    );
  });

  for (const role of ROLES) {
    for (const account of ACCOUNTS) {
      it(`${role} role, ${account} account: publishes only where allowed, otherwise keeps waiting`, () => {
        for (const cell of allCells().filter(
          (c) => c.role === role && c.account === account,
        )) {
          const outcome = decideAuthCell(cell);
          expect({
            cell: cellName(cell),
            published: outcome.published,
          }).toEqual({ cell: cellName(cell), published: mayPublish(cell) });
          if (!outcome.published)
            expect({
              cell: cellName(cell),
              waiting: outcome.waiting,
              decisions: outcome.decisions,
            }).toMatchObject({ waiting: true });
        }
      });
    }
  }

  it("runAuthMatrix counts every cell and finds no unauthorised and no missed publish", async () => {
    const result = await runAuthMatrix({ endToEnd: "none" });
    expect(result).toEqual({
      cells: 864,
      endToEnd: 0,
      unauthorisedPublishes: 0,
      missedPublishes: 0,
      failures: [],
    });
  });
});
