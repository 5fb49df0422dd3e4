import { describe, expect, it } from "vitest";
import { runFuzz } from "./harness/run-fuzz.js";

// CI runs a short, fixed-seed slice; the reliability bench runs 10,000+ cases of the same generator.
describe("hostile and broken input, fuzzed", () => {
  it("300 cases (10 through the app): nothing uncaught, nothing outside the docs folder, no forged note trusted, nothing over GitHub's limits", async () => {
    const result = await runFuzz({ runs: 300, seed: 20250106, appEvery: 30 });
    expect(result.failures).toEqual([]);
    expect(result).toEqual({
      runs: 300,
      uncaught: 0,
      outsideDocs: 0,
      forgedTrusted: 0,
      oversize: 0,
      failures: [],
    });
  }, 120_000);
});
