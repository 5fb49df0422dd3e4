import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/core/catalog/build-catalog.js";
import {
  readCatalogEntry,
  type CatalogEntry,
} from "../../src/core/catalog/catalog-entry.js";
import { CATALOG_START } from "../../src/core/catalog/catalog-markers.js";
import { readCatalog } from "../../src/core/catalog/read-catalog.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { RELEASE_SOP, sopWith } from "./catalog-files.js";

const CATALOG = "docs/sops/README.md";

function entry(path: string, markdown: string): CatalogEntry {
  const read = readCatalogEntry({ path, markdown });
  if (read === null) throw new Error(`no SOP in ${path}`);
  return read;
}

const release = entry("docs/sops/release-sopflow.md", RELEASE_SOP);
const retired = entry(
  "docs/sops/old/ship-by-ftp.md",
  sopWith({
    id: "sop-0-ship-by-ftp",
    title: "Ship | by FTP",
    status: "retired",
  }),
);

describe("readCatalogEntry", () => {
  it("reads the front matter as written, status included", () => {
    const parsed = parseSop(RELEASE_SOP).frontMatter.data ?? {};
    expect(release).toEqual({
      path: "docs/sops/release-sopflow.md",
      id: parsed["id"],
      title: parsed["title"],
      version: parsed["version"],
      owner: parsed["owner"],
      status: parsed["status"],
      lastValidated: parsed["last_validated"],
      reviewDue: parsed["review_due"],
    });
    expect(retired.status).toBe("retired");
  });

  it("leaves out Markdown that is no SOP: no front matter, or no id", () => {
    expect(
      readCatalogEntry({ path: "docs/sops/notes.md", markdown: "# Notes\n" }),
    ).toBeNull();
    expect(
      readCatalogEntry({
        path: "docs/sops/x.md",
        markdown: "---\ntitle: no id\n---\n# X\n",
      }),
    ).toBeNull();
  });
});

describe("buildCatalog", () => {
  it("lists every SOP with its link and puts retired ones in their own section", () => {
    const text = buildCatalog({
      existing: null,
      entries: [retired, release],
      catalogPath: CATALOG,
    });
    const tree = parseSop(text).tree;
    const tables = tree.children.filter((n) => n.type === "table");
    expect(tables).toHaveLength(2);
    // Cells are padded to align the columns: compare with single spaces.
    expect(text.replace(/ {2,}/g, " ")).toContain(
      `| ${release.id} | [${release.title}](release-sopflow.md) | ${release.version} | ${release.owner} | ${release.status} | ${release.lastValidated} | ${release.reviewDue} |`,
    );
    expect(text).toMatch(/## Retired SOPs\n\n\| ID {2,}\| Title/);
    // A "|" in a title is escaped, so the table keeps its columns.
    expect(text).toContain("[Ship \\| by FTP](old/ship-by-ftp.md)");
    expect(text.indexOf("Retired SOPs")).toBeLessThan(
      text.indexOf("Ship \\| by FTP"),
    );
  });

  it("rebuilds only the generated block: hand-written text before and after is kept byte for byte", () => {
    const first = buildCatalog({
      existing: null,
      entries: [release],
      catalogPath: CATALOG,
    });
    const block = first.slice(first.indexOf(CATALOG_START));
    const before = "# Our procedures\n\nAsk *@ops* before   changing one.\n\n";
    const after =
      "\n\n<!-- our own note -->\nSee also [the wiki](https://example.com).\n";
    const edited = before + block.trimEnd() + after;
    const rebuilt = buildCatalog({
      existing: edited,
      entries: [release, retired],
      catalogPath: CATALOG,
    });
    expect(rebuilt.startsWith(before)).toBe(true);
    expect(rebuilt.endsWith(after)).toBe(true);
    expect(rebuilt).toContain("Retired SOPs");
    // Same entries, same text: that is what makes a stale catalog detectable.
    expect(
      buildCatalog({
        existing: rebuilt,
        entries: [retired, release],
        catalogPath: CATALOG,
      }),
    ).toBe(rebuilt);
  });

  it("appends the block to a hand-written file without markers, and ignores markers inside code", () => {
    const existing =
      "# Handbook\n\n```md\n" + CATALOG_START + "\n```\n\nOur words.\n";
    const text = buildCatalog({
      existing,
      entries: [release],
      catalogPath: CATALOG,
    });
    expect(text.startsWith(existing.trimEnd())).toBe(true);
    expect(text).toContain(`[${release.title}](release-sopflow.md)`);
  });

  it("refuses a start marker whose end marker was deleted, rather than swallow the text after it", () => {
    const first = buildCatalog({
      existing: null,
      entries: [release],
      catalogPath: CATALOG,
    });
    const broken = first.replace("<!-- sopflow:catalog:end -->", "Our note.");
    expect(() =>
      buildCatalog({
        existing: broken,
        entries: [release],
        catalogPath: CATALOG,
      }),
    ).toThrow(/^Unexpected catalog start marker without an end marker/);
  });

  it("links from a catalog in another folder and says when there are no SOPs", () => {
    const text = buildCatalog({
      existing: null,
      entries: [release],
      catalogPath: "handbook/CATALOG.md",
    });
    expect(text).toContain("](../docs/sops/release-sopflow.md)");
    expect(
      buildCatalog({ existing: null, entries: [], catalogPath: CATALOG }),
    ).toContain("No SOPs yet.");
  });

  it("reads back what it wrote: every entry, retired ones included, with its repository path", () => {
    for (const catalogPath of [CATALOG, "handbook/CATALOG.md"]) {
      const markdown = buildCatalog({
        existing: "# Ours\n\nA | note.\n",
        entries: [release, retired],
        catalogPath,
      });
      expect(readCatalog({ markdown, catalogPath })).toEqual([
        release,
        retired,
      ]);
    }
  });
});
