import type { CrashPlan } from "./crash-fetch.js";
import { runLifecycle } from "./run-lifecycle.js";
import { duplicatesIn, outcomeDiff, taskOutcome } from "./task-outcome.js";

export interface CrashPointReport {
  /** Crash points tested: every write of the uncrashed lifecycle, before and after it lands. */
  points: number;
  survived: number;
  /** Duplicates found over all crashed runs. */
  duplicates: number;
  failures: string[];
}

/**
 * Crash at every write: run the lifecycle once uncrashed and count its W
 * writes; then, for every k in 1..W, once with the process dying just
 * before its k-th write and once just after it lands. Each crashed run
 * must end as the uncrashed one did, with nothing duplicated.
 */
export async function runCrashPoints(
  options: { when?: CrashPlan["when"][] } = {},
): Promise<CrashPointReport> {
  const baseline = await runLifecycle();
  const expected = taskOutcome(baseline.double);
  const failures = [
    ...baseline.errors.map((e) => `uncrashed run: ${e}`),
    ...duplicatesIn(baseline.double).map((d) => `uncrashed run: ${d}`),
  ];
  let points = 0;
  let survived = 0;
  let duplicates = 0;
  for (let at = 1; at <= baseline.writes; at++) {
    for (const when of options.when ?? ["before", "after"]) {
      points += 1;
      const run = await runLifecycle({ at, when });
      const write = baseline.double.writes()[at - 1];
      const where = `crash ${when} write #${at} (${write?.method} ${write?.route})`;
      const found = duplicatesIn(run.double);
      duplicates += found.length;
      const problems = [
        ...run.errors,
        ...found,
        ...outcomeDiff(expected, taskOutcome(run.double)),
        ...run.double.violations.map((v) => v.message),
      ];
      if (problems.length === 0) survived += 1;
      else failures.push(`${where}:\n  ${problems.join("\n  ")}`);
    }
  }
  return { points, survived, duplicates, failures };
}
