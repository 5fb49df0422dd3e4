import { describe, expect, it } from "vitest";
import { GITHUB_FAULTS } from "./harness/github-fault-scenarios.js";

// Each scenario drives the whole lifecycle against the GitHub double with one
// fault injected (harness/github-fault-scenarios.ts says which and where) and
// checks the outcome it must have; bench/reliability.ts counts them.
describe("faults from GitHub", () => {
  for (const scenario of GITHUB_FAULTS) {
    it(`${scenario.name} → ${scenario.expected}`, async () => {
      expect((await scenario.run()).problems).toEqual([]);
    });
  }
});
