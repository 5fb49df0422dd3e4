import { describe, expect, it } from "vitest";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { renderSop } from "../../src/core/sop/render-sop.js";
import { sampleSopFile } from "./sample-sop-file.js";

const h2 = (markdown: string): string[] =>
  [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? "");

describe("renderSop", () => {
  it("writes the sections in the fixed order, Open questions only while gaps remain", () => {
    const file = sampleSopFile();
    const order = [
      "Purpose",
      "Scope",
      "Trigger",
      "Roles",
      "Prerequisites",
      "Steps",
      "Edge cases",
      "Definition of done",
    ];
    expect(h2(renderSop(file))).toEqual([
      ...order,
      "Open questions",
      "Approval",
      "Revision history",
    ]);
    expect(
      h2(renderSop({ ...file, content: { ...file.content, gaps: [] } })),
    ).toEqual([...order, "Approval", "Revision history"]);
  });

  it("writes Records and References when there are some, and the approval in the body", () => {
    const file = sampleSopFile();
    const markdown = renderSop({
      ...file,
      frontMatter: {
        ...file.frontMatter,
        status: "published",
        approval: {
          by: "maria",
          at: "2026-12-01",
          link: "https://example.com/pr/3#review",
        },
      },
      content: {
        ...file.content,
        records: [
          { what: "Refund log", where: "Finance drive", retention: "7 years" },
        ],
        references: ["Refund policy v3"],
      },
    });
    expect(h2(markdown)).toEqual([
      "Purpose",
      "Scope",
      "Trigger",
      "Roles",
      "Prerequisites",
      "Steps",
      "Edge cases",
      "Records",
      "Definition of done",
      "Open questions",
      "References",
      "Approval",
      "Revision history",
    ]);
    expect(markdown).toContain(
      "| Record     | Where it is kept | How long |\n| ---------- | ---------------- | -------- |\n| Refund log | Finance drive    | 7 years  |",
    );
    expect(markdown).toContain("- Refund policy v3");
    expect(markdown).toContain(
      "## Approval\n\nApproved by maria on 2026-12-01 ([review](https://example.com/pr/3#review)).",
    );
    expect(parseSop(markdown).file.content).toMatchObject({
      records: [
        { what: "Refund log", where: "Finance drive", retention: "7 years" },
      ],
      references: ["Refund policy v3"],
    });
  });

  it("starts with YAML front matter and the title as the only h1", () => {
    const markdown = renderSop(sampleSopFile());
    expect(
      markdown.startsWith(
        '---\nid: refund-a-customer\ntitle: Refund a customer\nversion: "1.0"\n',
      ),
    ).toBe(true);
    expect(markdown.match(/^# .+$/gm)).toEqual(["# Refund a customer"]);
  });

  it("shows each gap as a flagged, unresolved open question, never as a plain statement", () => {
    expect(renderSop(sampleSopFile())).toContain(
      "- **Open question 3 (unresolved):** Who approves refunds over 500 EUR?\n",
    );
  });

  it("numbers steps and sub-steps and writes edge cases as bold case: action", () => {
    const markdown = renderSop(sampleSopFile());
    expect(markdown).toContain(
      "1. Open the charge in the Stripe dashboard.\n   1. Search by order number.\n2. Click Refund.\n",
    );
    expect(markdown).toContain(
      "- **The charge is disputed**: Do not refund; tell finance.\n",
    );
  });

  it("keeps the revision history as a GFM table", () => {
    const markdown = renderSop(sampleSopFile());
    expect(markdown).toContain(
      "| Version | Date       | Author  | Change      |\n",
    );
    expect(markdown).toContain(
      "| 1.0     | 2026-11-26 | sopflow | First draft |\n",
    );
  });

  it("is deterministic: the same file renders to the same bytes, again after a round trip", () => {
    const markdown = renderSop(sampleSopFile());
    expect(renderSop(sampleSopFile())).toBe(markdown);
    expect(renderSop(parseSop(markdown).file)).toBe(markdown);
  });

  it("escapes Markdown in content so text stays text (no injected links, HTML or headings)", () => {
    const file = sampleSopFile();
    file.content.steps = [
      {
        action:
          "Click <img src=x onerror=alert(1)> [here](http://evil.test) # now",
        substeps: [],
      },
    ];
    const parsed = parseSop(renderSop(file));
    expect(parsed.file.content.steps[0]?.action).toBe(
      "Click <img src=x onerror=alert(1)> [here](http://evil.test) # now",
    );
    const nodes: { type: string; children?: unknown[] }[] = [];
    const walk = (node: (typeof nodes)[number]): void => {
      nodes.push(node);
      node.children?.forEach((child) => walk(child as (typeof nodes)[number]));
    };
    walk(parsed.tree as (typeof nodes)[number]);
    expect(nodes.some((node) => node.type === "html")).toBe(false);
    expect(nodes.some((node) => node.type === "link")).toBe(false);
  });
});
