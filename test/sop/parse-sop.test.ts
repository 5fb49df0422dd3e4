import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { SopFileSchema } from "../../src/core/sop/sop-schema.js";

const fixture = (name: string): string =>
  readFileSync(
    new URL(`../fixtures/good-sops/${name}`, import.meta.url),
    "utf8",
  );

describe("parseSop", () => {
  it("returns the sections with their headings and positions", () => {
    const parsed = parseSop(fixture("refund-a-customer.md"));
    expect([...parsed.sections.values()].map((s) => s.title)).toEqual([
      "Purpose",
      "Scope",
      "Trigger",
      "Roles",
      "Prerequisites",
      "Steps",
      "Edge cases",
      "Definition of done",
      "Revision history",
    ]);
    const steps = parsed.sections.get("steps");
    expect(steps?.start).toMatchObject({ line: 39, column: 1 });
    expect(steps?.nodes.map((n) => n.type)).toEqual(["list"]);
    expect(parsed.title?.position?.start.line).toBe(14);
  });

  it("reads a hand-edited SOP: headings in other case, edge cases as a table, inline formatting", () => {
    const { file } = parseSop(fixture("onboard-a-new-engineer.md"));
    expect(SopFileSchema.parse(file)).toEqual(file);
    expect(file.content.trigger).toBe("HR confirms a start date in Personio.");
    expect(file.content.edgeCases).toEqual([
      {
        case: "The start date moves",
        action: "Move the welcome call and tell IT the new date.",
      },
      {
        case: "The laptop is late",
        action: "Lend a spare laptop from the IT cupboard.",
      },
    ]);
    expect(file.content.steps[1]).toEqual({
      action: "When the account exists, invite it to the GitHub organisation.",
      substeps: [
        "Add the account to the engineering team.",
        "Turn on the two-factor requirement reminder.",
      ],
    });
    expect(file.frontMatter.approval).toMatchObject({ by: "octocat" });
  });

  it("keeps unknown front matter keys and tolerates missing or mistyped ones", () => {
    const parsed = parseSop(
      "---\nid: x\nversion: 1.5\ntags: [a]\n---\n\n# T\n",
    );
    expect(parsed.frontMatter.data).toEqual({
      id: "x",
      version: 1.5,
      tags: ["a"],
    });
    expect(parsed.file.frontMatter).toMatchObject({
      id: "x",
      version: "1.5",
      owner: "",
      status: "draft",
      approval: null,
    });
  });

  it("reports unreadable YAML instead of throwing", () => {
    const parsed = parseSop("---\nid: [unclosed\n---\n# T\n");
    expect(parsed.frontMatter.data).toBeNull();
    expect(parsed.frontMatter.error).toMatch(/.+/);
    expect(parsed.file.content.title).toBe("T");
  });

  it("reads numbered-less open questions as gaps numbered after the known ones", () => {
    const { file } = parseSop(
      "# T\n\n## Open questions\n\n- **Open question 4 (unresolved):** Who signs?\n- What about VAT?\n",
    );
    expect(file.content.gaps).toEqual([
      { questionId: 4, text: "Who signs?" },
      { questionId: 5, text: "What about VAT?" },
    ]);
  });

  it("never throws on arbitrary text, binary garbage included", () => {
    const garbage = [
      "\u0000\uFFFD\uD800---\n\u0007",
      "---\n---\n---",
      "---\n&a [*a, *a, *a]\n---\n",
      "| a |\n| - |\n| b | c | d |\n## Revision history\n| x |\n|-|\n",
      `${"> ".repeat(2000)}x`,
      `${"- ".repeat(500)}x`,
      `# T\n\n## Purpose\n\n${">".repeat(6000)} deep`,
    ];
    for (const text of garbage) expect(() => parseSop(text)).not.toThrow();
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const parsed = parseSop(text);
        expect(parsed.tree.type).toBe("root");
      }),
      { numRuns: 300 },
    );
  });
});
