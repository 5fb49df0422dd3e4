import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/core/checks/run-checks.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { SopFileSchema } from "../../src/core/sop/sop-schema.js";
import { GOOD, markdownFixtures, readFixture } from "./fixture-files.js";

describe("good SOP fixtures", () => {
  const names = markdownFixtures(GOOD);

  it("has at least two", () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
  });

  it.each(names)("%s yields no finding at all", (name) => {
    expect(
      runChecks({
        markdown: readFixture(GOOD, name),
        capture: null,
        today: "2026-11-26",
      }),
    ).toEqual([]);
  });

  it.each(names)("%s reads as a schema-valid SOP file", (name) => {
    const { file } = parseSop(readFixture(GOOD, name));
    expect(SopFileSchema.safeParse(file).success).toBe(true);
    expect(file.content.steps.length).toBeGreaterThan(0);
  });

  it("turns stale once the review date has passed", () => {
    const findings = runChecks({
      markdown: readFixture(GOOD, "rotate-api-keys.md"),
      capture: null,
      today: "2027-03-30",
    });
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ["front-matter-complete", 10],
    ]);
  });
});
