import { describe, expect, it } from "vitest";
import { readCatalogEntry } from "../../src/core/catalog/catalog-entry.js";
import { selectReviewDue } from "../../src/core/review/select-review-due.js";
import { sopWith } from "./catalog-files.js";

function sop(id: string, values: Record<string, string>) {
  const entry = readCatalogEntry({
    path: `docs/sops/${id}.md`,
    markdown: sopWith({ id, ...values }),
  });
  if (entry === null) throw new Error(`no SOP ${id}`);
  return entry;
}

describe("selectReviewDue", () => {
  const entries = [
    sop("edge", { review_due: "2027-01-31" }),
    sop("beyond", { review_due: "2027-02-01" }),
    sop("overdue", { review_due: "2026-11-30" }),
    sop("retired", { review_due: "2026-11-30", status: "retired" }),
    sop("no-date", { review_due: "soon" }),
    sop("not-a-day", { review_due: "2027-02-30" }),
    sop("today", { review_due: "2027-01-01" }),
  ];

  it("selects overdue SOPs and those due up to today + window (inclusive), soonest first", () => {
    const due = selectReviewDue({
      entries,
      today: "2027-01-01",
      windowDays: 30,
    });
    expect(due.map((e) => e.id)).toEqual(["overdue", "today", "edge"]);
  });

  it("with a window of 0 selects only what is due today or earlier", () => {
    const due = selectReviewDue({
      entries,
      today: "2027-01-01",
      windowDays: 0,
    });
    expect(due.map((e) => e.id)).toEqual(["overdue", "today"]);
  });

  it("refuses a today that is no date", () => {
    expect(() =>
      selectReviewDue({ entries, today: "01/01/2027", windowDays: 30 }),
    ).toThrow(/expected a date written YYYY-MM-DD/);
  });
});
