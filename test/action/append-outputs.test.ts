import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appendOutputs } from "../../src/shells/action/append-outputs.js";
import { parseOutputs } from "./run-bundle.js";

describe("step outputs through $GITHUB_OUTPUT", () => {
  it("append each value between random delimiters, so multi-line and empty values read back whole", async () => {
    const file = join(
      mkdtempSync(join(tmpdir(), "sopflow-outputs-")),
      "output",
    );
    writeFileSync(file, "earlier=kept\n");
    await appendOutputs(file, {
      "task-state": "needs info",
      "pull-request-url": "",
      notes: "line one\nline two\n",
    });

    const text = readFileSync(file, "utf8");
    expect(text.startsWith("earlier=kept\n")).toBe(true);
    const delimiters = [
      ...text.matchAll(/<<(ghadelimiter_[0-9a-f-]{36})\n/g),
    ].map((m) => m[1]);
    expect(new Set(delimiters).size).toBe(3);
    expect(parseOutputs(text)).toEqual({
      earlier: "kept",
      "task-state": "needs info",
      "pull-request-url": "",
      notes: "line one\nline two\n",
    });
  });

  it("name the file when it cannot be written", async () => {
    const missing = join(tmpdir(), "sopflow-no-such-dir", "output");
    await expect(appendOutputs(missing, { a: "b" })).rejects.toThrow(
      `Could not write the step outputs to ${missing}`,
    );
  });
});
