import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { listNotes } from "../../src/core/notes/list-notes.js";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { captureTerminal } from "../support/capture-terminal.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

const example = (name: string) =>
  join(import.meta.dirname, "../../examples", name);

describe("cancelling a local task", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  it("--cancel closes the draft's pull request record and deletes its branch; a later --approve publishes nothing", async () => {
    const repo = tempGitRepo();
    cleanup = repo.cleanup;
    const common = [
      "--repo",
      repo.dir,
      "--reviewer",
      "lead",
      "--provider",
      "offline",
    ];
    const drafted = captureTerminal();
    await runCommand(
      [
        ...common,
        "--request",
        example("on-call-handover.md"),
        "--answers",
        example("on-call-handover.answers.md"),
      ],
      drafted,
    );
    const branches = () => repo.git("branch", "--list", "sopflow/1-*").trim();
    expect(branches()).not.toBe("");
    const mainBefore = repo.git("rev-parse", "main").trim();

    const cancelled = captureTerminal();
    expect(
      (await runCommand([...common, "--task", "1", "--cancel"], cancelled))
        .code,
    ).toBe(0);
    expect(cancelled.output()).toContain("The task is cancelled.");
    expect(branches()).toBe("");
    const pull = JSON.parse(
      repo.git("show", "sopflow/tasks:.sopflow/tasks/1/pull.json"),
    ) as { state: string };
    expect(pull.state).toBe("closed");
    const notes = listNotes(
      repo
        .git(
          "ls-tree",
          "-r",
          "--name-only",
          "sopflow/tasks",
          ".sopflow/tasks/1/comments",
        )
        .trim()
        .split("\n")
        .map((path, i) => ({
          id: String(i),
          author: "sopflow",
          authorKind: "self" as const,
          body: repo.git("show", `sopflow/tasks:${path}`),
          createdAt: "",
        })),
    );
    expect(notes.at(-1)?.header.step).toBe("cancel");
    expect(notes.at(-1)?.body).toMatch(
      /Closed pull request #1\. Deleted branch `sopflow\/1-on-call-handover`\./,
    );

    const approved = captureTerminal();
    await runCommand(
      [...common, "--task", "1", "--approve", "--yes"],
      approved,
    );
    expect(approved.output()).toContain("The task is cancelled.");
    expect(repo.git("rev-parse", "main").trim()).toBe(mainBefore);
  });
});
