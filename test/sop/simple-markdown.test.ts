import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintCorpusFile } from "../../bench/lint-corpus.js";
import { markdownProcessor } from "../../src/core/sop/markdown-processor.js";
import { parseSimpleMarkdown } from "../../src/core/sop/simple-markdown.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));

/** Null when the fast path declines; otherwise whether its tree is the full parser's, key order and positions included. */
function sameTree(markdown: string): boolean | null {
  const fast = parseSimpleMarkdown(markdown);
  if (fast === null) return null;
  return (
    JSON.stringify(fast) === JSON.stringify(markdownProcessor.parse(markdown))
  );
}

function markdownFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return markdownFilesUnder(full);
    return entry.name.endsWith(".md") ? [full] : [];
  });
}

/** Lines an SOP is made of, and lines one character away from them that mean something else in Markdown. */
const PLAIN_LINES = [
  "# Title 1",
  "## Steps",
  "###### Deep",
  "Keep the invoice correct (for the team).",
  "2 servers are enough.",
  "- Role 1",
  "- **the deploy log is missing**: Copy it.",
  "- **Open question 1 (unresolved):** Who signs off?",
  "1. Open the invoice in Zendesk.",
  "2. Check it.",
  "10. Tenth step.",
  "   1. Copy the rota.",
  "   2. Send it.",
  "  - Nested bullet",
  "    1. Deeper",
  "| Version | Date       |",
  "| ------- | ---------- |",
  "| :------ | ---------: |",
  "| :-: | :-: |",
  "| 1.0     | 2026-11-20 |",
  "Text with é, 漢 and 😀 in it.",
  "**Note**: read this.",
];
const TRICKY_LINES = [
  "---",
  "***",
  "===",
  "#Title",
  "# Title #",
  "# C#",
  "- ",
  "-",
  "* Star bullet",
  "+ Plus bullet",
  "1) Paren item",
  "0. Zero",
  "2. Two",
  "   - Three spaces",
  " - One space",
  "    Indented code",
  "> Quote",
  "- [ ] Task",
  "- 1. Nested at once",
  "- # Heading item",
  "Trailing spaces  ",
  "Tab\there",
  "Back\\slash",
  "A &amp; B",
  "<div>",
  "`code`",
  "_under_",
  "**a **b",
  "** a**",
  "***strong em***",
  "x**a**",
  "**a**b",
  "**a.**b",
  "**a**:**b**",
  "| a |",
  "| a | b |",
  "|a|b|",
  "| a \\| b |",
  "| |",
  "Setext",
  "http://example.com",
  "[link](x)",
  "![img](x)",
  "Hard\\",
  "\u00a0nbsp start",
  "a\r",
];

describe("the fast path of parseSop (simple-markdown)", () => {
  it("reads the lint bench corpus, into exactly the full parser's tree", () => {
    // Every fourth file keeps the suite quick; bench/lint.ts checks all 1,000 before it times them.
    for (let index = 0; index < 1000; index += 4)
      expect(sameTree(lintCorpusFile(index)), `file ${index}`).toBe(true);
  });

  it("gives the full parser's tree on every fixture and doc it accepts", () => {
    const files = [
      ...markdownFilesUnder(path.join(repo, "test/fixtures")),
      ...markdownFilesUnder(path.join(repo, "docs")),
    ];
    const verdicts = files.map((file) => sameTree(readFileSync(file, "utf8")));
    expect(verdicts).not.toContain(false);
    expect(
      verdicts.filter((verdict) => verdict === true).length,
    ).toBeGreaterThan(10);
  });

  it("gives the full parser's tree or declines on documents mixing SOP lines with near-miss syntax", () => {
    const counts = { accepted: 0, declined: 0 };
    const line = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PLAIN_LINES) },
      { weight: 2, arbitrary: fc.constantFrom(...TRICKY_LINES) },
      { weight: 4, arbitrary: fc.constant("") },
    );
    const frontMatter = fc.constantFrom("", "---\nid: a\n---\n", "---\n---\n");
    fc.assert(
      fc.property(
        frontMatter,
        fc.array(line, { maxLength: 14 }),
        fc.boolean(),
        (head, lines, newline) => {
          const verdict = sameTree(
            head + lines.join("\n") + (newline ? "\n" : ""),
          );
          counts[verdict === null ? "declined" : "accepted"]++;
          return verdict !== false;
        },
      ),
      { numRuns: 4000 },
    );
    // Both sides exercised: the comparison is not vacuous, nor is everything declined.
    expect(counts.accepted).toBeGreaterThan(400);
    expect(counts.declined).toBeGreaterThan(400);
  });

  it("gives the full parser's tree or declines on corpus files with characters inserted or removed", () => {
    const counts = { accepted: 0, declined: 0 };
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.boolean(),
      text: fc.constantFrom(
        ..." \n\t*_-#|:.)1a\\`<&[!~>=é\u00a0",
        "  ",
        "\n\n",
        "**",
        "- ",
        "1. ",
        "   ",
      ),
    });
    fc.assert(
      fc.property(
        fc.nat(999),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (index, edits) => {
          let markdown = lintCorpusFile(index);
          for (const { at, remove, text } of edits) {
            const position = at % (markdown.length + 1);
            markdown =
              markdown.slice(0, position) +
              (remove ? "" : text) +
              markdown.slice(position + (remove ? 1 : 0));
          }
          const verdict = sameTree(markdown);
          counts[verdict === null ? "declined" : "accepted"]++;
          return verdict !== false;
        },
      ),
      { numRuns: 300 },
    );
    expect(counts.accepted).toBeGreaterThan(40);
    expect(counts.declined).toBeGreaterThan(40);
  });
});
