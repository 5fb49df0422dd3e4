import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { captureTerminal } from "../support/capture-terminal.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

const example = (name: string) =>
  join(import.meta.dirname, "../../examples", name);

describe("what a locally published SOP records", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  it("never says draft; the approver is in the front matter, the revision row and the merge commit's trailers", async () => {
    const repo = tempGitRepo();
    cleanup = repo.cleanup;
    const out = captureTerminal();
    const outcome = await runCommand(
      [
        "--repo",
        repo.dir,
        "--reviewer",
        "lead",
        "--provider",
        "offline",
        "--request",
        example("on-call-handover.md"),
        "--answers",
        example("on-call-handover.answers.md"),
        "--approve",
        "--yes",
      ],
      out,
    );
    expect(outcome.code).toBe(0);
    const text = repo.git("show", "main:docs/sops/on-call-handover.md");
    const file = parseSop(text).file;
    expect(file.frontMatter.status).toBe("published");
    expect(file.frontMatter.approval).toMatchObject({ by: "@lead" });
    expect(file.revisions).toEqual([
      expect.objectContaining({
        version: "1.0",
        author: "@lead (requested, approved)",
        change: "First draft from the capture",
      }),
    ]);
    expect(
      repo
        .git(
          "log",
          "-1",
          "--format=%(trailers:key=Approved-by,valueonly)",
          "main",
        )
        .trim(),
    ).toBe("@lead");
  });
});
