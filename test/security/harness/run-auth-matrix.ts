import {
  allCells,
  cellName,
  mayPublish,
  representativeCells,
  type AuthCell,
} from "./auth-cells.js";
import { decideAuthCell } from "./decide-auth-cell.js";
import { runAuthCell } from "./run-auth-cell.js";

export interface AuthMatrixResult {
  /** Cells checked: every cell at the decision level, plus the ones run end to end. */
  cells: number;
  endToEnd: number;
  unauthorisedPublishes: number;
  missedPublishes: number;
  /** One line per cell whose outcome is not the allowed one (or that did not keep waiting). */
  failures: string[];
}

function tally(
  result: AuthMatrixResult,
  input: {
    cell: AuthCell;
    published: boolean;
    waiting: boolean;
    where: string;
    problems?: string[];
  },
): void {
  const allowed = mayPublish(input.cell);
  result.cells += 1;
  if (input.published && !allowed) result.unauthorisedPublishes += 1;
  if (!input.published && allowed) result.missedPublishes += 1;
  const kept = input.published || input.waiting;
  if (input.published !== allowed || !kept || input.problems?.length) {
    result.failures.push(
      `${input.where}: ${cellName(input.cell)}: ${input.published ? "published" : input.waiting ? "waits" : "neither published nor waits"}${input.problems?.length ? ` (${input.problems.join("; ")})` : ""}`,
    );
  }
}

/**
 * The authorisation matrix (who may approve): every cell through `decide` with
 * real notes, and a representative subset — or every cell, with
 * `endToEnd: "all"` — through the app and the GitHub double.
 */
export async function runAuthMatrix(
  options: { endToEnd?: "subset" | "all" | "none" } = {},
): Promise<AuthMatrixResult> {
  const result: AuthMatrixResult = {
    cells: 0,
    endToEnd: 0,
    unauthorisedPublishes: 0,
    missedPublishes: 0,
    failures: [],
  };
  for (const cell of allCells())
    tally(result, { cell, ...decideAuthCell(cell), where: "decide" });
  const mode = options.endToEnd ?? "subset";
  // A bot or the app cannot open the issue: events they send are ignored, so no task would start.
  const runnable = (cell: AuthCell) =>
    !(cell.reviewerIsAuthor && cell.account !== "user");
  const chosen =
    mode === "none"
      ? []
      : (mode === "all" ? allCells() : representativeCells()).filter(runnable);
  for (const cell of chosen) {
    tally(result, { cell, ...(await runAuthCell(cell)), where: "app" });
    result.endToEnd += 1;
  }
  return result;
}
