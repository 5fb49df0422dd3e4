import { readFileSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { captureTerminal } from "../support/capture-terminal.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

const example = (name: string) =>
  join(import.meta.dirname, "../../examples", name);
const BRANCH = "sopflow/1-on-call-handover";
const SOP = "docs/sops/on-call-handover.md";

describe("editing the request of a local task", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  it("--task n --request edited.md merges the changed facts into the draft and keeps the reviewer's commit", async () => {
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
    await runCommand(
      [
        ...common,
        "--request",
        example("on-call-handover.md"),
        "--answers",
        example("on-call-handover.answers.md"),
      ],
      captureTerminal(),
    );
    // A reviewer commits on the draft branch: one step added.
    repo.git("checkout", "--quiet", BRANCH);
    const path = join(repo.dir, SOP);
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace(
        "2. List every open incident",
        "2. Check the pager battery.\n3. List every open incident",
      ),
    );
    repo.git("commit", "--quiet", "-am", "docs: pager battery");
    repo.git("checkout", "--quiet", "main");

    // Untracked, so the working tree stays clean for the run.
    const edited = join(repo.dir, "edited-request.md");
    writeFileSync(
      edited,
      readFileSync(example("on-call-handover.md"), "utf8").replace(
        "with its status and next action",
        "with its status, owner and next action",
      ),
    );
    const out = captureTerminal();
    expect(
      (await runCommand([...common, "--task", "1", "--request", edited], out))
        .code,
    ).toBe(2);
    expect(out.output()).toContain("The request of task 1 changed");
    const file = parseSop(repo.git("show", `${BRANCH}:${SOP}`)).file;
    const actions = file.content.steps.map((s) => s.action);
    expect(actions).toContain("Check the pager battery.");
    expect(actions).toContain(
      "List every open incident from Opsgenie with its status, owner and next action.",
    );
    expect(file.revisions.at(-1)?.change).toMatch(
      /^Request edited: Reworded step 3/,
    );
    const notes = repo
      .git(
        "ls-tree",
        "-r",
        "--name-only",
        "sopflow/tasks",
        ".sopflow/tasks/1/comments",
      )
      .trim()
      .split("\n")
      .map((p) => repo.git("show", `sopflow/tasks:${p}`));
    const draft =
      notes.filter((n) => n.includes('"step":"draft"')).at(-1) ?? "";
    expect(draft).toContain("#### What changed in the request");
    expect(draft).toContain("#### What changed in the SOP");
  });
});
