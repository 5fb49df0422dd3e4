import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/core/sop/slugify.js";

describe("slugify", () => {
  it.each([
    ["Refund a customer", "refund-a-customer"],
    ["../../.github/workflows/x", "github-workflows-x"],
    ["Résumé review — Q3", "resume-review-q3"],
    ["CON", "con-sop"],
    ["lpt9", "lpt9-sop"],
    ["nul.txt", "nul-txt"],
    ["", "sop"],
    ["   ", "sop"],
    ["😀".repeat(300), "sop"],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("cuts long names to 60 characters without a trailing dash", () => {
    const slug = slugify(`${"a".repeat(59)} b${"c".repeat(40)}`);
    expect(slug).toBe("a".repeat(59));
  });

  it("always yields a safe, bounded stem whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (name) => {
        const slug = slugify(name);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(64);
        expect(slug).not.toMatch(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/);
      }),
    );
  });
});
