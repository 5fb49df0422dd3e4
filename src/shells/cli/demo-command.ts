import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { git } from "../../forge/local/git.js";
import { runCommand, type RunOutcome } from "./run-command.js";
import type { Terminal } from "./terminal.js";

const examples = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../examples",
);

/**
 * `sopflow demo`: the whole workflow on a bundled example, in a throwaway
 * git repository — capture with questions, answers, draft, walkthrough,
 * a round of requested changes, approval and publish — no GitHub, no key.
 */
export async function demoCommand(
  argv: string[],
  terminal: Terminal,
): Promise<RunOutcome> {
  const repo = await mkdtemp(join(tmpdir(), "sopflow-demo-"));
  await git(["init", "--quiet", "--initial-branch=main"], { cwd: repo });
  await writeFile(
    join(repo, "README.md"),
    "# Team docs\n\nOur SOPs live in docs/sops/.\n",
  );
  await git(["add", "README.md"], { cwd: repo });
  await git(
    [
      "-c",
      "user.name=demo",
      "-c",
      "user.email=demo@localhost",
      "commit",
      "--quiet",
      "-m",
      "Initial commit",
    ],
    { cwd: repo },
  );
  terminal.print(
    `Demo repository: ${repo}\nRequest: examples/on-call-handover.md (missing facts on purpose, so sopflow asks)\n`,
  );
  return runCommand(
    [
      "--repo",
      repo,
      "--request",
      join(examples, "on-call-handover.md"),
      "--answers",
      join(examples, "on-call-handover.answers.md"),
      "--request-changes",
      "Add step after 1: Post a short summary of open incidents in the #oncall channel",
      "--approve",
      // The demo shows the whole loop in one go: its approval stands in for a reviewer who read the draft.
      "--yes",
      "--reviewer",
      "demo-reviewer",
      "--provider",
      "offline",
      ...argv,
    ],
    { ...terminal, interactive: false },
  );
}
