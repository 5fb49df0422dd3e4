import fc from "fast-check";
import { fuzzAppCase } from "./fuzz-app-case.js";
import { fuzzCaseArbitrary } from "./fuzz-arbitraries.js";
import { fuzzPureCase } from "./fuzz-pure-case.js";
import type { FuzzResult } from "./fuzz-tally.js";

export type { FuzzResult } from "./fuzz-tally.js";

/**
 * Fuzzes sopflow with hostile issues, comments, configs and files: every
 * case through the pure layers (cheap, so a bench can run 10,000+), and one
 * case in `appEvery` (default 50) also through the app and the GitHub double.
 * The same seed gives the same cases.
 */
export async function runFuzz(options: {
  runs: number;
  seed: number;
  appEvery?: number;
}): Promise<FuzzResult> {
  const result: FuzzResult = {
    runs: 0,
    uncaught: 0,
    outsideDocs: 0,
    forgedTrusted: 0,
    oversize: 0,
    failures: [],
  };
  const appEvery = options.appEvery ?? 50;
  // The property always holds: fast-check only generates (lazily, no shrinking); the result tallies.
  await fc.assert(
    fc.asyncProperty(fuzzCaseArbitrary, async (c) => {
      const index = result.runs;
      const before = result.failures.length;
      fuzzPureCase(c, result);
      if (index % appEvery === 0) await fuzzAppCase(c, result);
      for (let i = before; i < result.failures.length; i++)
        result.failures[i] =
          `case ${index} (seed ${options.seed}): ${result.failures[i]}`;
      result.runs += 1;
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: true },
  );
  return result;
}
