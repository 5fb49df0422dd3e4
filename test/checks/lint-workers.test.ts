import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lintCorpusFile } from "../../bench/lint-corpus.js";
import { lintCommand } from "../../src/shells/cli/lint-command.js";

const bin = path.join(import.meta.dirname, "../../bin/sopflow.js");
const broken = path.join(import.meta.dirname, "../fixtures/broken-sops");
const brokenSops = readdirSync(broken).filter((name) => name.endsWith(".md"));
const folder = mkdtempSync(path.join(tmpdir(), "sopflow-lint-workers-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("sopflow lint on enough files for worker threads (built CLI, lib/)", () => {
  it.skipIf(availableParallelism() < 2)(
    "reports exactly what the in-thread run reports, file for file",
    async () => {
      // 400 corpus files (the fast Markdown path) and the broken fixtures (mostly the full parser).
      for (let index = 0; index < 400; index++)
        writeFileSync(
          path.join(folder, `sop-${index}.md`),
          lintCorpusFile(index),
        );
      for (const name of brokenSops)
        copyFileSync(path.join(broken, name), path.join(folder, name));
      const run = (): string => {
        try {
          return execFileSync(
            process.execPath,
            [bin, "lint", folder, "--format", "json"],
            { cwd: folder, encoding: "utf8", maxBuffer: 1 << 26 },
          );
        } catch (error) {
          // Exit 1: errors were found; the report is still on stdout.
          return (error as { stdout: string }).stdout;
        }
      };
      const today = new Date().toISOString().slice(0, 10);
      const inThread = await lintCommand({
        paths: [folder],
        format: "json",
        today,
        cwd: folder,
      });
      const report = JSON.parse(inThread.output) as {
        files: unknown[];
        errors: number;
      };
      expect(report.files.length).toBe(400 + brokenSops.length);
      expect(report.errors).toBeGreaterThan(40);
      expect(run()).toBe(`${inThread.output}\n`);
    },
  );
});
