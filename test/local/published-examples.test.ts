import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { measureCoverage } from "../../src/core/checks/measure-coverage.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import {
  CaptureDataSchema,
  readData,
} from "../../src/core/workflow/task-data.js";
import { buildTaskView } from "../../src/core/workflow/task-view.js";
import { GitStore } from "../../src/forge/local/git-store.js";
import { LocalForge } from "../../src/forge/local/local-forge.js";
import { lintCommand } from "../../src/shells/cli/lint-command.js";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { captureTerminal } from "../support/capture-terminal.js";
import { tempGitRepo } from "../support/temp-git-repo.js";
import { loadTask } from "../../src/core/workflow/load-task.js";

const examples = join(import.meta.dirname, "../../examples");

describe("every example, published by the local run", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  it.each(["customer-onboarding", "month-end-close", "on-call-handover"])(
    "%s: everything captured is in the published SOP, which lints clean",
    async (name) => {
      const repo = tempGitRepo();
      cleanup = repo.cleanup;
      const answers = join(examples, `${name}.answers.md`);
      const args = [
        "--repo",
        repo.dir,
        "--request",
        join(examples, `${name}.md`),
        "--provider",
        "offline",
        "--reviewer",
        "lead",
        "--approve",
        "--yes",
      ];
      const terminal = captureTerminal();
      const outcome = await runCommand(
        [...args, ...(existsSync(answers) ? ["--answers", answers] : [])],
        terminal,
      );
      expect(outcome.code, terminal.output()).toBe(0);

      const path = outcome.publishedPath!.slice(repo.dir.length + 1);
      const published = parseSop(repo.git("show", `main:${path}`)).file;
      const forge = new LocalForge(new GitStore(repo.dir), {
        task: 1,
        baseBranch: "main",
        now: () => new Date().toISOString(),
        trigger: "sop",
      });
      const capture = readData(
        CaptureDataSchema,
        buildTaskView(await loadTask(forge)).latest.capture,
      )?.capture;
      expect(capture?.questions).toEqual([]);
      const coverage = measureCoverage({
        capture: capture!,
        content: published.content,
      });
      expect(coverage.length).toBeGreaterThan(5);
      expect(coverage.filter((entry) => !entry.covered)).toEqual([]);
      expect(new Set(coverage.map((entry) => entry.kind))).toEqual(
        new Set(["step", "tool", "pitfall", "definition-of-done", "trigger"]),
      );

      const lint = await lintCommand({
        paths: [join(repo.dir, path)],
        format: "json",
        today: new Date().toISOString().slice(0, 10),
        cwd: repo.dir,
      });
      expect(JSON.parse(lint.output)).toMatchObject({ errors: 0 });
    },
  );
});
