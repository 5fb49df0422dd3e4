import { describe, expect, it } from "vitest";
import {
  growthRatio,
  LARGE,
  PARSERS,
  RUN_KINDS,
  SMALL,
} from "./harness/adversarial-growth.js";

// Break 2: runs of Unicode spaces (U+00A0, U+2000–U+200A, U+3000…) reached `\s` patterns that
// backtrack quadratically: one step of 65,000 U+2003 took 36 s in parseRequest. Every parser of
// operator text is fed 8 KiB and 64 KiB of the same adversarial text; linear work grows about 8
// times, quadratic about 64. The bound leaves room for a shared machine's noise, not for a square.
const MAX_RATIO = (LARGE / SMALL) * 3;

describe("no parser of operator text grows faster than linearly", () => {
  for (const parser of PARSERS)
    for (const kind of RUN_KINDS)
      it(`${parser.name} over runs of ${kind.name}`, () => {
        const ratio = growthRatio(parser, kind);
        expect(
          ratio,
          `64 KiB took ${ratio.toFixed(1)}× the time of 8 KiB`,
        ).toBeLessThan(MAX_RATIO);
      });
});
