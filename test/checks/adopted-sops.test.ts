import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/core/checks/run-checks.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { sectionKey } from "../../src/core/sop/sop-sections.js";

// A hand-written SOP in the numbered ISO layout (see the comment inside it).
const ISO = readFileSync(
  new URL("../fixtures/adopted-sops/iso-vaccine-receipt.md", import.meta.url),
  "utf8",
);

describe("an existing SOP in another layout", () => {
  it("reads numbered and renamed headings as sopflow's sections", () => {
    expect(sectionKey("1.0 Purpose")).toBe("purpose");
    expect(sectionKey("2. Scope:")).toBe("scope");
    expect(sectionKey("4.0 Responsibilities")).toBe("roles");
    expect(sectionKey("8.0 Procedure")).toBe("steps");
    expect(sectionKey("IV. Records and documentation")).toBe("records");
    expect(sectionKey("3.0 Frequency")).toBe("trigger");
    // Not a numbering: the name stays whole.
    expect(sectionKey("24/7 cover")).toBe("24/7 cover");
  });

  it("reads document-control front matter keys through the mapping", () => {
    const { file } = parseSop(ISO);
    expect(file.frontMatter).toMatchObject({
      id: "QP-SOP-014",
      title: "Receipt and storage of refrigerated vaccines",
      version: "3.0",
      status: "published",
      owner: "Practice manager",
      last_validated: "2026-03-01",
      review_due: "2027-03-01",
      approval: { by: "Dr A. Okafor, Clinical lead", at: "2026-02-20" },
    });
    expect(file.content.roles).toHaveLength(3);
    expect(file.content.steps).toHaveLength(5);
    expect(file.content.records).toEqual([
      {
        what: "Vaccine fridge log",
        where: "Red folder on the fridge",
        retention: "3 years",
      },
      {
        what: "Delivery notes",
        where: "Reception filing cabinet",
        retention: "1 year",
      },
    ]);
    expect(file.content.references).toHaveLength(2);
  });

  it("leaves only the real problems: two double steps, an undefined acronym, no edge cases, no definition of done", () => {
    const findings = runChecks({
      markdown: ISO,
      capture: null,
      today: "2026-12-05",
    }).map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`);
    expect(findings).toEqual([
      "53:4 warning step-one-action",
      "55:4 warning step-one-action",
      "56:4 warning undefined-acronyms",
      "70:1 error required-sections",
      "70:1 error required-sections",
    ]);
  });
});
