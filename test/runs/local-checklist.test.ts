import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readCheckboxes } from "../../src/core/checklist/read-checkboxes.js";
import { runKeyOf } from "../../src/core/checklist/run-marker.js";
import { checklistCommand } from "../../src/shells/cli/checklist-command.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

const SOP = readFileSync(
  new URL("../fixtures/run-sops/swap-forklift-battery.md", import.meta.url),
  "utf8",
);

describe("sopflow checklist", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  function repoWithSop() {
    const repo = tempGitRepo();
    cleanup = repo.cleanup;
    repo.git("remote", "add", "origin", "git@github.com:acme/warehouse.git");
    const file = path.join(repo.dir, "docs/sops/swap-forklift-battery.md");
    return { repo, file };
  }

  it("writes the run as a Markdown task list pinned to HEAD, and prints its path", async () => {
    const { repo, file } = repoWithSop();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, SOP);
    repo.git("add", "docs");
    repo.git("commit", "--quiet", "-m", "Add the SOP");
    const head = repo.git("rev-parse", "HEAD").trim();
    const out = path.join(repo.dir, "run.md");
    const outcome = await checklistCommand([file, "--out", out]);
    expect(outcome).toEqual({ code: 0, lines: [out] });
    const written = readFileSync(out, "utf8");
    expect(written).toMatch(/^# Run: Swap a forklift battery\n/);
    expect(written).toContain(
      `(https://github.com/acme/warehouse/blob/${head}/docs/sops/swap-forklift-battery.md)`,
    );
    expect(runKeyOf(written)).toMatchObject({
      path: "docs/sops/swap-forklift-battery.md",
      commit: head,
    });
    expect(readCheckboxes(written)).toHaveLength(7);

    // An edited working file: the run still follows the committed version, and says so.
    writeFileSync(file, SOP.replace("Park the forklift", "Drive the forklift"));
    const edited = await checklistCommand([file, "--out", out]);
    expect(edited.lines).toEqual([
      `note: docs/sops/swap-forklift-battery.md has uncommitted changes: made from the committed version at ${head.slice(0, 12)}`,
      out,
    ]);
    expect(readFileSync(out, "utf8")).toContain("Park the forklift");
  });

  it("names its usage when no file is given", async () => {
    await expect(checklistCommand([])).rejects.toThrow(
      /checklist needs one SOP file/,
    );
  });
});
