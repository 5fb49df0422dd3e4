import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/checks/finding.js";
import { lintCommand } from "../../src/shells/cli/lint-command.js";

const cwd = fileURLToPath(new URL("../fixtures/", import.meta.url));
const today = "2026-11-26";

describe("lintCommand", () => {
  it("passes the good SOPs with exit code 0 and a summary line", async () => {
    const result = await lintCommand({
      paths: ["good-sops"],
      format: "text",
      today,
      cwd,
    });
    expect(result).toEqual({
      output: "0 errors, 0 warnings, 0 suggestions in 3 files",
      exitCode: 0,
    });
  });

  it("prints one line per finding with path:line:column, severity, message and rule id, then each rule's link; exit 1 on errors", async () => {
    const result = await lintCommand({
      paths: ["broken-sops/step-imperative.md", "broken-sops/step-length.md"],
      format: "text",
      today,
      cwd,
    });
    expect(result.exitCode).toBe(1);
    expect(result.output.split("\n")).toEqual([
      'broken-sops/step-imperative.md:42:4  error  Unexpected "Then" at the start of step 3, expected an imperative verb (or "If/When …, <verb> …")  step-imperative',
      "broken-sops/step-length.md:39:4  suggestion  Unexpected 32 words in step 1, expected at most 30  step-length",
      "",
      "step-imperative: https://github.com/sopflow/sopflow/blob/v1/docs/rules.md#step-imperative",
      "step-length: https://github.com/sopflow/sopflow/blob/v1/docs/rules.md#step-length",
      "",
      "1 error, 0 warnings, 1 suggestion in 2 files",
    ]);
  });

  it("exits 0 when only warnings and suggestions are found", async () => {
    const result = await lintCommand({
      paths: ["broken-sops/revision-history.md", "broken-sops/step-length.md"],
      format: "text",
      today,
      cwd,
    });
    expect(result.exitCode).toBe(0);
    expect(result.output.split("\n").at(-1)).toBe(
      "0 errors, 1 warning, 1 suggestion in 2 files",
    );
  });

  it("walks folders recursively and reports JSON with totals", async () => {
    const result = await lintCommand({
      paths: ["."],
      format: "json",
      today,
      cwd,
    });
    const report = JSON.parse(result.output) as {
      files: { path: string; findings: Finding[] }[];
      errors: number;
      warnings: number;
      suggestions: number;
    };
    const paths = report.files.map((file) => file.path);
    expect(paths).toContain("good-sops/refund-a-customer.md");
    expect(paths).toContain("broken-sops/front-matter-complete.md");
    expect(
      report.files.find((f) => f.path === "good-sops/rotate-api-keys.md")
        ?.findings,
    ).toEqual([]);
    expect(
      report.files.find((f) => f.path === "broken-sops/no-placeholders.md")
        ?.findings,
    ).toEqual([
      {
        ruleId: "no-placeholders",
        severity: "error",
        message: 'Unexpected placeholder "TBD", expected finished text',
        line: 22,
        column: 43,
        url: "https://github.com/sopflow/sopflow/blob/v1/docs/rules.md#no-placeholders",
      },
    ]);
    const all = report.files.flatMap((file) => file.findings);
    expect(report.errors).toBe(
      all.filter((f) => f.severity === "error").length,
    );
    expect(report.warnings).toBe(
      all.filter((f) => f.severity === "warning").length,
    );
    expect(report.suggestions).toBe(1);
    expect(result.exitCode).toBe(1);
  });

  it("exits 2 with a message when a path does not exist", async () => {
    const result = await lintCommand({
      paths: ["good-sops", "nowhere.md"],
      format: "text",
      today,
      cwd,
    });
    expect(result).toEqual({
      output: "sopflow lint: no such file or folder: nowhere.md",
      exitCode: 2,
    });
  });
});
