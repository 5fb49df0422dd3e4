import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readExpect } from "../../bench/quality/corpus-expect.js";
import { matchQuestions } from "../../bench/quality/match-questions.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import {
  CaptureDataSchema,
  readData,
} from "../../src/core/workflow/task-data.js";
import { buildTaskView } from "../../src/core/workflow/task-view.js";
import { loadTask } from "../../src/core/workflow/load-task.js";
import { GitStore } from "../../src/forge/local/git-store.js";
import { LocalForge } from "../../src/forge/local/local-forge.js";
import { lintCommand } from "../../src/shells/cli/lint-command.js";
import { runCommand } from "../../src/shells/cli/run-command.js";
import type { Terminal } from "../../src/shells/cli/terminal.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

const corpus = join(import.meta.dirname, "../../bench/corpus");
const entries = readdirSync(corpus)
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .map((f) => f.slice(0, -3))
  .filter(
    (name) =>
      readExpect(join(corpus, `${name}.expect.yml`)).rejected === undefined,
  )
  .sort();

/**
 * An operator at the terminal who answers each question the corpus entry
 * expects with the answer its `.expect.yml` gives, and nothing else: a
 * question the entry does not expect is left unanswered, so the run stops.
 */
function operator(forge: LocalForge, expectPath: string) {
  const expected = readExpect(expectPath);
  const lines: string[] = [];
  const unanswered: string[] = [];
  const terminal: Terminal = {
    interactive: true,
    print: (text) => void lines.push(text),
    askLines: async () => "",
    close: () => undefined,
    ask: async (prompt) => {
      const id = Number(/^(\d+)\. /.exec(prompt)?.[1]);
      if (Number.isNaN(id)) return "";
      const view = buildTaskView(await loadTask(forge));
      const question = readData(
        CaptureDataSchema,
        view.latest.capture,
      )?.capture.questions.find((q) => q.id === id);
      const ask =
        question === undefined
          ? undefined
          : matchQuestions([question], expected).matched[0]?.ask;
      if (ask === undefined) unanswered.push(prompt);
      return ask?.answer ?? "";
    },
  };
  return { terminal, output: () => lines.join("\n"), unanswered };
}

describe("every corpus request, answered and published by the local run (real git, offline drafter)", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  it.each(entries)(
    "%s: published, status published, no error finding",
    async (name) => {
      const repo = tempGitRepo();
      cleanup = repo.cleanup;
      const forge = new LocalForge(new GitStore(repo.dir), {
        task: 1,
        baseBranch: "main",
        now: () => new Date().toISOString(),
        trigger: "sop",
      });
      const person = operator(forge, join(corpus, `${name}.expect.yml`));
      const outcome = await runCommand(
        [
          "--repo",
          repo.dir,
          "--request",
          join(corpus, `${name}.md`),
          "--provider",
          "offline",
          "--reviewer",
          "lead",
          "--approve",
          "--yes",
        ],
        person.terminal,
      );
      expect(person.unanswered).toEqual([]);
      expect(outcome.code, person.output()).toBe(0);
      expect(outcome.publishedPath).not.toBeNull();
      const path = (outcome.publishedPath ?? "").slice(repo.dir.length + 1);
      const markdown = repo.git("show", `main:${path}`);
      const published = parseSop(markdown).file;
      // The body says who approved, not "Not yet approved": the approval edit rewrote it.
      expect(markdown).toMatch(/## Approval\n\nApproved by @lead on \S+\./);
      expect(published.frontMatter.status).toBe("published");
      expect(published.frontMatter.approval).toMatchObject({ by: "@lead" });
      const lint = await lintCommand({
        paths: [join(repo.dir, path)],
        format: "json",
        today: new Date().toISOString().slice(0, 10),
        cwd: repo.dir,
      });
      expect(JSON.parse(lint.output)).toMatchObject({ errors: 0 });
    },
    60_000,
  );
});
