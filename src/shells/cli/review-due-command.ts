import path from "node:path";
import { parseArgs } from "node:util";
import { selectReviewDue } from "../../core/review/select-review-due.js";
import { readLocalConfig, readLocalSops } from "./read-local-sops.js";

export interface ReviewDueOutcome {
  code: 0;
  lines: string[];
}

const COLUMNS = ["ID", "Title", "Owner", "Review due", "Path"] as const;

/**
 * `sopflow review-due [--repo path] [--today YYYY-MM-DD] [--window days]`:
 * the working tree's SOPs whose review falls due within the window
 * (config `review_window_days`) or is past, retired ones left out.
 */
export async function reviewDueCommand(
  argv: string[],
  now: Date = new Date(),
): Promise<ReviewDueOutcome> {
  const { values } = parseArgs({
    args: argv,
    options: {
      repo: { type: "string" },
      today: { type: "string" },
      window: { type: "string" },
    },
    strict: true,
  });
  const repo = path.resolve(values.repo ?? process.cwd());
  const config = await readLocalConfig(repo);
  const windowDays =
    values.window === undefined
      ? config.review_window_days
      : Number(values.window);
  if (!Number.isInteger(windowDays) || windowDays < 0)
    throw new Error(
      `Unexpected --window ${values.window}, expected a whole number of days`,
    );
  const today = values.today ?? now.toISOString().slice(0, 10);
  const due = selectReviewDue({
    entries: await readLocalSops({
      repo,
      docsFolder: config.docs_folder,
      catalogPath: config.catalog_path,
    }),
    today,
    windowDays,
  });
  if (due.length === 0)
    return {
      code: 0,
      lines: [`No SOP is due for review by ${today} + ${windowDays} days.`],
    };
  const rows = due.map((sop) => [
    sop.id,
    sop.title,
    sop.owner,
    sop.reviewDue < today ? `${sop.reviewDue} (overdue)` : sop.reviewDue,
    sop.path,
  ]);
  const widths = COLUMNS.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return { code: 0, lines: [line(COLUMNS), ...rows.map(line)] };
}
