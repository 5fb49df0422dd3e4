import { describe, expect, it } from "vitest";
import {
  MAX_ITEM_CHARS,
  parseRequest,
} from "../../src/core/capture/parse-request.js";
import {
  growthRatio,
  MAX_RATIO,
  PARSERS,
  RUN_KINDS,
} from "./harness/adversarial-growth.js";

// Break 2: runs of Unicode spaces (U+00A0, U+2000–U+200A, U+3000…) reached `\s` patterns that
// backtrack quadratically: one step of 65,000 U+2003 took 36 s in parseRequest. Every parser of
// operator text is fed 8 KiB and 64 KiB of the same adversarial text; linear work grows about 8
// times, quadratic about 64. The bound leaves room for a shared machine's noise, not for a square.

describe("no parser of operator text grows faster than linearly", () => {
  for (const parser of PARSERS)
    for (const kind of RUN_KINDS)
      it(`${parser.name} over runs of ${kind.name}`, async () => {
        // One sample of the large text per trial: a ratio under the bound is settled at once.
        const ratio = await growthRatio(parser, kind, 1);
        expect(
          ratio,
          `64 KiB took ${ratio.toFixed(1)}× the time of 8 KiB`,
        ).toBeLessThan(MAX_RATIO);
      });
});

describe("what capture bounds", () => {
  it("refuses one step longer than an item can be, naming it, instead of handing a giant paragraph on", () => {
    const body = `Steps:\n1. Open the ledger\n2. ${"Post the entry ".repeat(200)}`;
    expect(() => parseRequest({ title: "Close", body })).toThrow(
      expect.objectContaining({
        code: "item-too-long",
        message: expect.stringMatching(
          /^Step 2 holds 2,999 characters, more than the 2,000 one item can/,
        ),
      }),
    );
    expect(MAX_ITEM_CHARS).toBe(2_000);
  });

  it("takes a step of 60,000 U+2003 as the one space it shows", () => {
    const body = `Steps:\n1. Open${"\u2003".repeat(60_000)}the ledger\n2. Post it`;
    expect(parseRequest({ title: "Close", body }).steps[0]?.text).toBe(
      "Open the ledger",
    );
  });
});
