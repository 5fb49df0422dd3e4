import { describe, expect, it } from "vitest";
import { revisionRow } from "../../src/core/sop/revision-row.js";
import { sampleSopFile } from "./sample-sop-file.js";

const { content } = sampleSopFile();

describe("revisionRow", () => {
  it("names the people by login, each once with every part they had", () => {
    const row = revisionRow({
      before: null,
      after: content,
      people: {
        requester: "dana",
        reviewers: ["mo", "@Mo", "lee"],
        approver: "lee",
      },
      version: "1.0",
      date: "2026-12-05",
      why: "First draft from the capture",
    });
    expect(row).toEqual({
      version: "1.0",
      date: "2026-12-05",
      author: "@dana (requested), @mo (reviewed), @lee (reviewed, approved)",
      change: "First draft from the capture",
    });
  });

  it("summarises the change from the diff: steps added, removed and reworded, sections changed", () => {
    const [first, second] = content.steps;
    const after = {
      ...content,
      purpose: `${content.purpose} Faster.`,
      steps: [second!, { action: "Close the ticket.", substeps: [] }],
    };
    const row = revisionRow({
      before: content,
      after,
      people: { requester: "dana", reviewers: [], approver: null },
      version: "1.1",
      date: "2026-12-05",
    });
    expect(row.author).toBe("@dana (requested)");
    const removed = [first!.action, ...first!.substeps].join(" / ");
    expect(row.change).toBe(
      `Purpose rewritten; Removed step 1: "${removed}"; Added step 2: "Close the ticket."`,
    );
  });

  it("says so when the content did not change", () => {
    expect(
      revisionRow({
        before: content,
        after: content,
        people: { requester: "dana", reviewers: ["mo"], approver: null },
        version: "1.2",
        date: "2026-12-05",
        why: "Request edited",
      }).change,
    ).toBe("Request edited: No change to the content");
  });
});
