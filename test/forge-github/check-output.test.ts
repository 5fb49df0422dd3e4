import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/checks/finding.js";
import {
  ANNOTATIONS_PER_REQUEST,
  checkOutput,
} from "../../src/forge/github/check-output.js";

const finding = (severity: Finding["severity"], line: number): Finding => ({
  ruleId: `r-${severity}`,
  severity,
  message: `Unexpected ${severity}, expected none`,
  line,
  column: 3,
});

describe("the walkthrough as a check run", () => {
  it("passes with no findings, with one empty batch so the run is still created", () => {
    expect(
      checkOutput({ sha: "s", path: "p.md", findings: [], summary: "ok" }),
    ).toEqual({
      conclusion: "success",
      title: "Every walkthrough check passes",
      summary: "ok",
      batches: [[]],
    });
  });

  it("stays green on warnings and suggestions, and names their counts", () => {
    const output = checkOutput({
      sha: "s",
      path: "p.md",
      findings: [
        finding("warning", 4),
        finding("suggestion", 0),
        finding("suggestion", 9),
      ],
      summary: "advice",
    });
    expect(output.conclusion).toBe("success");
    expect(output.title).toBe("1 warning, 2 suggestions");
    expect(
      output.batches[0]?.map((a) => [
        a.annotation_level,
        a.start_line,
        a.end_line,
      ]),
    ).toEqual([
      ["warning", 4, 4],
      ["notice", 1, 1],
      ["notice", 9, 9],
    ]);
  });

  it("fails on an error, splits annotations into request-sized batches, and links each to its rule", () => {
    const findings = Array.from(
      { length: ANNOTATIONS_PER_REQUEST * 2 + 1 },
      (_, i) => finding(i === 0 ? "error" : "warning", i + 1),
    );
    const output = checkOutput({
      sha: "s",
      path: "docs/sops/a.md",
      findings,
      summary: "x",
    });
    expect(output.conclusion).toBe("failure");
    expect(output.batches.map((b) => b.length)).toEqual([50, 50, 1]);
    expect(output.batches[0]?.[0]).toEqual({
      path: "docs/sops/a.md",
      start_line: 1,
      end_line: 1,
      annotation_level: "failure",
      message: "Unexpected error, expected none",
      title: "r-error",
      raw_details:
        "What r-error wants, why, and examples: https://github.com/sopflow/sopflow/blob/v1/docs/rules.md#r-error",
    });
  });
});
