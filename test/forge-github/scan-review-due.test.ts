import { describe, expect, it } from "vitest";
import {
  REVIEW_LABEL,
  reviewKeyOf,
} from "../../src/core/review/review-issue.js";
import { DUE, reviewScanDouble, runScan } from "./review-scan-repo.js";

describe("the scheduled review scan on GitHub", () => {
  it("opens one labelled, assigned issue per due SOP of 500, in a bounded number of requests, and none on a rerun", async () => {
    const double = reviewScanDouble({ count: 500, withCatalog: true });
    const first = await runScan(double);
    expect(first).toMatchObject({
      sops: 500,
      due: 4,
      alreadyOpen: 0,
      filesRead: 0,
    });
    expect(first.opened).toHaveLength(4);
    expect(first.dueSops.map((sop) => sop.path).sort()).toEqual(
      Object.values(DUE).sort(),
    );
    // 1 tree + 1 catalog + 1 list of open runs (reminders) + 1 list of open review issues + 4 issues + 1 retry unassigned (@ghost cannot be assigned).
    expect(double.calls).toHaveLength(9);
    expect(double.violations).toEqual([]);

    const issues = first.opened.map((n) => double.issue(n));
    const byPath = new Map(
      issues.map((issue) => [reviewKeyOf(issue?.body)?.path, issue]),
    );
    expect([...byPath.keys()].sort()).toEqual(Object.values(DUE).sort());
    const overdue = byPath.get(DUE.overdue);
    expect(overdue?.title).toBe(`Review due: Due ${DUE.overdue}`);
    expect(overdue?.labels).toEqual([REVIEW_LABEL]);
    expect(overdue?.assignees).toEqual(["maintainer"]);
    expect(overdue?.body).toContain("/sop confirm");
    expect(reviewKeyOf(overdue?.body)).toEqual({
      path: DUE.overdue,
      due: "2027-02-01",
    });
    expect(byPath.get(DUE.inWindow)?.assignees).toEqual(["maintainer"]);
    // A team owner is no assignee and is not pinged; a login GitHub refuses is left unassigned.
    expect(byPath.get(DUE.teamOwned)?.assignees).toBeUndefined();
    expect(byPath.get(DUE.teamOwned)?.body).toContain("@\u200Bacme/ops");
    expect(byPath.get(DUE.strangerOwned)?.assignees).toBeUndefined();

    const before = double.calls.length;
    const again = await runScan(double);
    expect(again).toMatchObject({ due: 4, alreadyOpen: 4, opened: [] });
    expect(double.calls.length - before).toBe(4);
    expect(double.violations).toEqual([]);
  });

  it("does not let a person's look-alike issue stand in for the review issue", async () => {
    const double = reviewScanDouble({ count: 20, withCatalog: true });
    const first = await runScan(double);
    const real = double.issue(first.opened[0] ?? 0);
    double.addUser("mallory");
    double.openIssue({
      title: "Review due: fake",
      body: real?.body ?? "",
      author: "mallory",
      labels: [REVIEW_LABEL],
    });
    // The bot's own issues are closed: only the look-alike stays open.
    for (const n of first.opened)
      double.closeIssue({ issue: n, author: "maintainer" });
    const second = await runScan(double);
    expect(second.alreadyOpen).toBe(0);
    expect(second.opened).toHaveLength(first.opened.length);
  });

  it("without a catalog reads each SOP file once: the cost the catalog saves", async () => {
    const double = reviewScanDouble({ count: 500, withCatalog: false });
    const result = await runScan(double);
    expect(result).toMatchObject({ sops: 500, due: 4, filesRead: 500 });
    expect(double.calls).toHaveLength(1 + 500 + 1 + 1 + 5);
    expect(double.violations).toEqual([]);
  });
});
