import { describe, expect, it } from "vitest";
import { confirmFile } from "../../src/core/revise/confirm-file.js";
import {
  retireFile,
  RETIRED_MARKER,
} from "../../src/core/revise/retire-file.js";
import { reviseFile } from "../../src/core/revise/revise-file.js";
import { upsertCatalog } from "../../src/core/catalog/upsert-catalog.js";
import { readCatalog } from "../../src/core/catalog/read-catalog.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { renderSop } from "../../src/core/sop/render-sop.js";
import type { LifecycleData } from "../../src/core/revise/lifecycle-data.js";
import { sampleSopFile } from "../sop/sample-sop-file.js";

// Hand-written: a published SOP with a section and an HTML comment sopflow does not know.
const published = (() => {
  const file = sampleSopFile();
  file.frontMatter.status = "published";
  file.content.gaps = [];
  return `${renderSop(file)}\n## Contacts\n\n<!-- owned by the support team -->\n\nAsk *Mona* in #support.\n`;
})();

const lifecycle = (text: string): LifecycleData => ({
  kind: "revise",
  path: "docs/sops/refund-a-customer.md",
  text,
  replacedBy: null,
  requester: "dana",
  version: "1.0",
  baseline: parseSop(published).file.content,
  tag: "revise-1",
});

describe("editing a published SOP in place", () => {
  it("a revision changes the step, the version, the dates and one history row; every other byte stays", () => {
    const content = parseSop(published).file.content;
    content.steps[1] = {
      action: "Click Refund and pick the reason.",
      substeps: [],
    };
    const { text, bump } = reviseFile({
      source: published,
      content,
      lifecycle: lifecycle("Replace step 2: Click Refund and pick the reason"),
      reviewers: [],
      today: "2027-01-10",
      reviewIntervalDays: 180,
    });
    expect(bump.version).toBe("1.1");
    const before = published.split("\n");
    const after = text.split("\n");
    expect(after.filter((l) => !before.includes(l))).toEqual([
      'version: "1.1"',
      "last_validated: 2027-01-10",
      "review_due: 2027-07-09",
      "2. Click Refund and pick the reason.",
      expect.stringMatching(
        /^\| 1\.1 +\| 2027-01-10 \| @dana +\| Revision requested by @dana \(Replace step 2: Click Refund and pick the reason\): Reworded step 2/,
      ),
    ]);
    expect(before.filter((l) => !after.includes(l))).toHaveLength(4);
    expect(
      text.endsWith(
        "## Contacts\n\n<!-- owned by the support team -->\n\nAsk *Mona* in #support.\n",
      ),
    ).toBe(true);
  });

  it("a redraft of a revision keeps one history row for the version", () => {
    const content = parseSop(published).file.content;
    content.steps.push({ action: "Email the customer.", substeps: [] });
    const first = reviseFile({
      source: published,
      content,
      lifecycle: lifecycle("Add step: Email the customer"),
      reviewers: [],
      today: "2027-01-10",
      reviewIntervalDays: 180,
    });
    const again = reviseFile({
      source: first.text,
      content,
      lifecycle: lifecycle("Add step: Email the customer"),
      reviewers: ["mo"],
      today: "2027-01-11",
      reviewIntervalDays: 180,
    });
    const rows = parseSop(again.text).file.revisions.map((r) => r.version);
    expect(rows).toEqual(["1.0", "2.0"]);
    expect(parseSop(again.text).file.revisions.at(-1)?.change).toMatch(
      /reviewed by @mo/,
    );
  });

  it("a confirmation moves last_validated and review_due only", () => {
    const text = confirmFile({
      source: published,
      today: "2027-05-01",
      reviewIntervalDays: 90,
    });
    const before = published.split("\n");
    expect(text.split("\n").filter((l) => !before.includes(l))).toEqual([
      "last_validated: 2027-05-01",
      "review_due: 2027-07-30",
    ]);
  });

  it("a retirement sets the status and puts a banner at the top, once", () => {
    const text = retireFile({
      source: published,
      today: "2027-05-01",
      reason: "Refunds moved to the billing team",
      replacedBy: "billing-refunds",
    });
    expect(parseSop(text).file.frontMatter.status).toBe("retired");
    const body = text.slice(text.indexOf("\n---\n") + 5);
    expect(
      body.startsWith(`\n${RETIRED_MARKER}\n> **Retired on 2027-05-01.**`),
    ).toBe(true);
    expect(body).toMatch(
      /Reason: Refunds moved to the billing team\. Replaced by \*\*billing-refunds\*\*\./,
    );
    expect(
      retireFile({
        source: text,
        today: "2027-05-02",
        reason: "again",
        replacedBy: null,
      }),
    ).toBe(text);
  });
});

describe("the catalog row beside an SOP", () => {
  it("is added, replaced, moved to the retired section, and null when already right", () => {
    const catalogPath = "docs/sops/README.md";
    const path = "docs/sops/refund-a-customer.md";
    const added =
      upsertCatalog({
        existing: null,
        catalogPath,
        sop: { path, markdown: published },
      }) ?? "";
    expect(readCatalog({ markdown: added, catalogPath })).toEqual([
      expect.objectContaining({ path, version: "1.0", status: "published" }),
    ]);
    expect(
      upsertCatalog({
        existing: added,
        catalogPath,
        sop: { path, markdown: published },
      }),
    ).toBeNull();
    const retired = retireFile({
      source: published,
      today: "2027-05-01",
      reason: "gone",
      replacedBy: null,
    });
    const moved =
      upsertCatalog({
        existing: added,
        catalogPath,
        sop: { path, markdown: retired },
      }) ?? "";
    expect(moved).toMatch(/## Retired SOPs/);
    expect(readCatalog({ markdown: moved, catalogPath })).toHaveLength(1);
  });
});
