import { describe, expect, it } from "vitest";
import { bumpVersion } from "../../src/core/revise/bump-version.js";
import type { SopContent } from "../../src/core/sop/sop-schema.js";
import { sampleSopFile } from "../sop/sample-sop-file.js";

const base = (): SopContent => sampleSopFile().content;
const bump = (after: SopContent, version = "2.3") =>
  bumpVersion({ version, before: base(), after });

describe("the revision version rule", () => {
  it("is minor for wording: a step reworded, prose, prerequisites, edge cases", () => {
    const after = base();
    after.steps[1] = { action: "Click Refund and confirm.", substeps: [] };
    after.purpose = "Return the money the same day.";
    after.prerequisites.push("A second screen");
    after.edgeCases = [];
    expect(bump(after)).toEqual({
      version: "2.4",
      change: "minor",
      reasons: [],
    });
  });

  it("is major when a step is added, removed or moved, or a sub-step added", () => {
    const added = base();
    added.steps.push({ action: "Email the customer.", substeps: [] });
    expect(bump(added)).toMatchObject({ version: "3.0", change: "major" });
    const removed = base();
    removed.steps.pop();
    expect(bump(removed).change).toBe("major");
    const moved = base();
    moved.steps.reverse();
    expect(bump(moved).change).toBe("major");
    const substep = base();
    substep.steps[1]?.substeps.push("Pick the full amount.");
    expect(bump(substep).reasons).toEqual(["steps added, removed or moved"]);
  });

  it("is major when the roles or any safety content change", () => {
    const roles = base();
    roles.roles = ["Support agent", "Finance lead"];
    expect(bump(roles).reasons).toEqual(["roles changed"]);
    const caution = base();
    caution.cautions = ["Never refund to a different card."];
    expect(bump(caution).reasons).toEqual(["safety content changed"]);
    const stepCaution = base();
    stepCaution.steps[0] = {
      ...stepCaution.steps[0]!,
      cautions: ["Check the name."],
    };
    expect(bump(stepCaution).change).toBe("major");
  });

  it("reads versions it did not write", () => {
    const same = base();
    expect(bump(same, "2").version).toBe("2.1");
    expect(bump(same, "v4.9").version).toBe("4.10");
    expect(bump(same, "draft").version).toBe("1.1");
  });
});
