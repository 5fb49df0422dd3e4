import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editSop } from "../../src/core/sop/edit-sop.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { renderSop } from "../../src/core/sop/render-sop.js";
import type { SopFile } from "../../src/core/sop/sop-schema.js";
import { line, sopFileArbitrary } from "./sop-arbitraries.js";
import { sopDocumentArbitrary } from "./sop-document-arbitrary.js";

const folder = new URL("../fixtures/real-world-sops/", import.meta.url);
const realWorld = readdirSync(folder)
  .filter((name) => name.endsWith(".md") && name !== "README.md")
  .map((name) => ({ name, text: readFileSync(new URL(name, folder), "utf8") }));
const goodFolder = new URL("../fixtures/good-sops/", import.meta.url);
const good = readdirSync(goodFolder).map((name) => ({
  name,
  text: readFileSync(new URL(name, goodFolder), "utf8"),
}));

/** The text outside a section: what an edit of that section alone must keep byte for byte. */
function outside(markdown: string, title: string): string {
  const section = parseSop(markdown).sections.get(title.toLowerCase());
  if (!section) throw new Error(`no section ${title}`);
  const start = section.heading.position?.start.offset ?? 0;
  const end = section.end.offset ?? start;
  return markdown.slice(0, start) + markdown.slice(end);
}

describe("editSop", () => {
  it("is the identity with what a file reads as: real-world SOPs", () => {
    expect(realWorld.length).toBeGreaterThanOrEqual(3);
    for (const { text } of [...realWorld, ...good])
      expect(editSop({ source: text, next: parseSop(text).file })).toBe(text);
  });

  it("is the identity with what a file reads as: generated SOP documents with unknown content", () => {
    fc.assert(
      fc.property(sopDocumentArbitrary, (text) => {
        expect(editSop({ source: text, next: parseSop(text).file })).toBe(text);
      }),
      { numRuns: 60 },
    );
  });

  it("writes any wanted file over any rendered one: the result reads as the wanted file", () => {
    fc.assert(
      fc.property(sopFileArbitrary, sopFileArbitrary, (from, to) => {
        const edited = editSop({ source: renderSop(from), next: to });
        expect(parseSop(edited).file).toStrictEqual(to);
      }),
      { numRuns: 80 },
    );
  });

  it("a changed section leaves every byte outside it alone, in generated documents", () => {
    fc.assert(
      fc.property(
        sopDocumentArbitrary,
        fc.array(
          fc.record(
            { action: line, substeps: fc.constant<string[]>([]) },
            { noNullPrototype: true },
          ),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        (text, added) => {
          const parsed = parseSop(text).file;
          const next: SopFile = {
            ...parsed,
            content: {
              ...parsed.content,
              steps: [...parsed.content.steps.slice(1), ...added],
            },
          };
          const edited = editSop({ source: text, next });
          expect(parseSop(edited).file.content.steps).toStrictEqual(
            next.content.steps,
          );
          expect(outside(edited, "Steps")).toBe(outside(text, "Steps"));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("real-world SOPs: the last step reworded, an added role and a new revision change only those lines", () => {
    for (const { name, text } of realWorld) {
      const file = parseSop(text).file;
      const last = file.content.steps.length - 1;
      const steps = file.content.steps.map((step, i) =>
        i === last
          ? { ...step, action: "Open the record in the system." }
          : step,
      );
      const next: SopFile = {
        ...file,
        frontMatter: { ...file.frontMatter, version: "9.9" },
        content: {
          ...file.content,
          roles: [...file.content.roles, "Auditor"],
          steps,
        },
        revisions: [
          ...file.revisions,
          {
            version: "9.9",
            date: "2026-12-05",
            author: "@reviewer",
            change: "Step 2 reworded",
          },
        ],
      };
      const edited = editSop({ source: text, next });
      expect(parseSop(edited).file, name).toStrictEqual(next);
      const removed = text.split(/\r?\n/).filter((l) => !edited.includes(l));
      // Only the version line and the reworded step's first line are gone; everything else is still there.
      expect(removed.length, `${name}: ${removed.join(" | ")}`).toBe(2);
      expect(edited.includes("\r\n"), name).toBe(text.includes("\r\n"));
    }
  });

  it("removes the Open questions section when its gaps are answered, and nothing else", () => {
    const text = realWorld.find((f) => f.name === "warehouse-returns.md")!.text;
    const file = parseSop(text).file;
    const withGap = editSop({
      source: text,
      next: {
        ...file,
        content: {
          ...file.content,
          gaps: [{ questionId: 2, text: "Who signs the write-off?" }],
        },
      },
    });
    expect(withGap).toContain("**Open question 2 (unresolved):**");
    expect(parseSop(withGap).file.content.gaps).toHaveLength(1);
    expect(editSop({ source: withGap, next: file })).toBe(text);
  });
});
