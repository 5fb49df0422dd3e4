import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { renderSop } from "../../src/core/sop/render-sop.js";
import { sopFileArbitrary } from "./sop-arbitraries.js";

describe("renderSop / parseSop", () => {
  it("round-trips any SOP file: parseSop(renderSop(x)).file deep-equals x", () => {
    fc.assert(
      fc.property(sopFileArbitrary, (file) => {
        expect(parseSop(renderSop(file)).file).toStrictEqual(file);
      }),
      { numRuns: 60 },
    );
  });
});
