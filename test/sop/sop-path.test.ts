import { describe, expect, it } from "vitest";
import { sopPath } from "../../src/core/sop/sop-path.js";

describe("sopPath", () => {
  it("joins the docs folder and the slug", () => {
    expect(
      sopPath({ docsFolder: "docs/sops", slug: "refund-a-customer" }),
    ).toBe("docs/sops/refund-a-customer.md");
    expect(sopPath({ docsFolder: "./handbook/", slug: "x" })).toBe(
      "handbook/x.md",
    );
  });

  it.each([
    "../outside",
    "docs/../../etc",
    "/etc",
    "C:/docs",
    "docs\\sops",
    ".github",
    ".github/workflows",
    "",
    "./",
  ])("refuses the docs folder %j", (docsFolder) => {
    expect(() => sopPath({ docsFolder, slug: "x" })).toThrow(
      /Refusing docs folder/,
    );
  });

  it("refuses a slug that is not a slugify result", () => {
    expect(() => sopPath({ docsFolder: "docs", slug: "../x" })).toThrow(
      /Refusing slug/,
    );
  });
});
