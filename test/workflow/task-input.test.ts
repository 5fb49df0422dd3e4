import { describe, expect, it } from "vitest";
import {
  findInput,
  inputId,
  parseInput,
  type TaskInput,
} from "../../src/core/workflow/task-input.js";

describe("task input ids", () => {
  it("parses back every id it spells", () => {
    const sha = "a".repeat(40);
    const cases: [string, TaskInput][] = [
      [inputId.request("0123abcd"), { kind: "request", hash: "0123abcd" }],
      [inputId.comment("12"), { kind: "comment", id: "12" }],
      [inputId.review("7"), { kind: "review", id: "7" }],
      [inputId.reviewComment("9"), { kind: "review-comment", id: "9" }],
      [inputId.capture(2), { kind: "capture", revision: 2 }],
      [inputId.captureHash("beef"), { kind: "capture-hash", hash: "beef" }],
      [inputId.draft(3), { kind: "draft", revision: 3 }],
      [inputId.sha(sha), { kind: "sha", sha }],
      [inputId.merge(sha), { kind: "merge", sha }],
      [inputId.failed("publish"), { kind: "failed", step: "publish" }],
      [inputId.pullClosed(4), { kind: "pull-closed", pull: 4 }],
      [inputId.issueClosed(), { kind: "issue-closed" }],
    ];
    for (const [id, input] of cases) expect(parseInput(id)).toEqual(input);
    expect(cases.map(([id]) => id)).toContain("review-comment:9");
  });

  it("knows nothing of ids it never spells, and finds an input by kind", () => {
    expect(parseInput("capture:two")).toBeNull();
    expect(parseInput("later-version:1")).toBeNull();
    expect(parseInput("no-colon")).toBeNull();
    const inputs = ["comment:1", "capture:3", "capture-hash:ab12"];
    expect(findInput(inputs, "capture")?.revision).toBe(3);
    expect(findInput(inputs, "capture-hash")?.hash).toBe("ab12");
    expect(findInput(inputs, "review")).toBeUndefined();
  });
});
