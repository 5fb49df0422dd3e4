import { execFileSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { listNotes } from "../../src/core/notes/list-notes.js";
import { LocalForge } from "../../src/forge/local/local-forge.js";
import { GitStore } from "../../src/forge/local/git-store.js";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { lintCommand } from "../../src/shells/cli/lint-command.js";
import { captureTerminal } from "../support/capture-terminal.js";
import { tempGitRepo } from "../support/temp-git-repo.js";
import { loadTask } from "../../src/core/workflow/load-task.js";

const example = (name: string) =>
  join(import.meta.dirname, "../../examples", name);
const feedback =
  "Add step after 1: Post a short summary of open incidents in the #oncall channel";

describe("the local run", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  it("takes a request through capture, questions, answers, draft, walkthrough, changes, approval and publish", async () => {
    const repo = tempGitRepo();
    cleanup = repo.cleanup;
    const base = [
      "--repo",
      repo.dir,
      "--request",
      example("on-call-handover.md"),
      "--reviewer",
      "lead",
      "--provider",
      "offline",
    ];

    const first = captureTerminal();
    expect((await runCommand(base, first)).code).toBe(2);
    expect(first.output()).toMatch(/Open questions/);
    expect(first.output()).toMatch(/--answers/);

    const second = captureTerminal();
    expect(
      (
        await runCommand(
          [...base, "--answers", example("on-call-handover.answers.md")],
          second,
        )
      ).code,
    ).toBe(2);
    expect(second.output()).toMatch(
      /^Walkthrough 1 at [0-9a-f]{7}: 0 error\(s\)/m,
    );
    expect(second.output()).toMatch(/--approve/);

    const third = captureTerminal();
    expect(
      (
        await runCommand(
          [
            ...base,
            "--answers",
            example("on-call-handover.answers.md"),
            "--request-changes",
            feedback,
          ],
          third,
        )
      ).code,
    ).toBe(2);
    const branch = repo
      .git(
        "for-each-ref",
        "--format=%(refname:short)",
        "refs/heads/sopflow/1-*",
      )
      .trim();
    expect(branch).toMatch(/^sopflow\/1-/);
    const drafted = repo.git(
      "show",
      `${branch}:docs/sops/${branch.slice("sopflow/1-".length)}.md`,
    );
    expect(drafted).toContain("Post a short summary of open incidents");

    const fourth = captureTerminal();
    const done = await runCommand(
      [
        ...base,
        "--answers",
        example("on-call-handover.answers.md"),
        "--request-changes",
        feedback,
        "--approve",
      ],
      fourth,
    );
    expect(done.code).toBe(0);
    expect(fourth.output()).toMatch(/Published: /);

    const forge = new LocalForge(new GitStore(repo.dir), {
      task: 1,
      baseBranch: "main",
      now: () => new Date().toISOString(),
      trigger: "sop",
    });
    const snapshot = await loadTask(forge);
    const steps = listNotes(snapshot.comments).map(
      (n) => `${n.header.step}:${n.header.revision}`,
    );
    expect(steps).toEqual(
      expect.arrayContaining([
        "capture:1",
        "capture:2",
        "draft:1",
        "walkthrough:1",
        "draft:2",
        "walkthrough:2",
        "publish:1",
      ]),
    );
    expect(snapshot.open).toBe(false);
    expect(snapshot.labels).toContain("sop: published");

    const path = done.publishedPath!.slice(repo.dir.length + 1);
    const published = repo.git("show", `main:${path}`);
    expect(published).toContain("Post a short summary of open incidents");
    expect(published).toMatch(/status: published/);
    expect(published).toMatch(/by: "?@lead/);
    expect(repo.git("show", `${branch}:${path}`)).toBe(published);
    expect(
      execFileSync("git", ["status", "--porcelain"], {
        cwd: repo.dir,
        encoding: "utf8",
      }),
    ).toBe("");

    const lint = await lintCommand({
      paths: [join(repo.dir, path)],
      format: "json",
      today: new Date().toISOString().slice(0, 10),
      cwd: repo.dir,
    });
    expect(JSON.parse(lint.output).errors).toBe(0);
  });
});
