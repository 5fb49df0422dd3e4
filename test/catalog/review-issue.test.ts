import { describe, expect, it } from "vitest";
import { readCatalogEntry } from "../../src/core/catalog/catalog-entry.js";
import { parseMarkdown } from "../../src/core/markdown/parse-markdown.js";
import {
  REVIEW_LABEL,
  reviewIssue,
  reviewKeyOf,
} from "../../src/core/review/review-issue.js";
import { sopWith } from "./catalog-files.js";

function sop(path: string, owner: string) {
  const entry = readCatalogEntry({
    path,
    markdown: sopWith({ id: "sop-5", title: "Rotate keys", owner }),
  });
  if (entry === null) throw new Error("no SOP");
  return entry;
}

describe("reviewIssue", () => {
  it("carries its SOP and due date in a marker that a path cannot break out of", () => {
    const path = "docs/sops/odd --> <b>name</b>.md";
    const issue = reviewIssue({
      sop: sop(path, "@octocat"),
      link: "https://example.com/x",
    });
    expect(issue.title).toBe("Review due: Rotate keys");
    expect(issue.labels).toEqual([REVIEW_LABEL]);
    expect(issue.assignees).toEqual(["octocat"]);
    expect(reviewKeyOf(issue.body)).toEqual({ path, due: issue.key.due });
    // The marker stays one HTML comment, the body's last node: nothing of the path ends it early.
    const last = parseMarkdown(issue.body).children.at(-1);
    expect(last?.type).toBe("html");
    const marker = last?.type === "html" ? last.value : "";
    expect(marker.startsWith("<!-- sopflow:review-due ")).toBe(true);
    expect(marker.split("-->")).toHaveLength(2);
  });

  it("assigns one login only, and reads no key from an ordinary issue", () => {
    expect(
      reviewIssue({ sop: sop("a.md", "octocat"), link: "l" }).assignees,
    ).toEqual(["octocat"]);
    expect(
      reviewIssue({ sop: sop("a.md", "@acme/ops"), link: "l" }).assignees,
    ).toEqual([]);
    expect(
      reviewIssue({ sop: sop("a.md", "Dana Smith"), link: "l" }).assignees,
    ).toEqual([]);
    expect(reviewKeyOf("Please review this.")).toBeNull();
    expect(reviewKeyOf("<!-- sopflow:review-due {broken -->")).toBeNull();
    expect(reviewKeyOf(null)).toBeNull();
  });
});
