// What `sopflow run` prints over a whole local lifecycle, as file snapshots: questions, the draft
// and walkthrough, a review that requests changes, the approval and the publish. The runs are the
// ones test/local/local-lifecycle.test.ts makes, with the clock fixed, commits named in the
// order they appear and the temporary repository named <repo>.
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { captureTerminal } from "../support/capture-terminal.js";
import { tempGitRepo } from "../support/temp-git-repo.js";
import { textNormaliser } from "./normalise-text.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");
const NOW = () => "2025-01-06T10:00:00.000Z";
const FEEDBACK =
  "Add step after 1: Post a short summary of open incidents in the #oncall channel";

let cleanup = () => undefined as void;
afterEach(() => cleanup());

it("prints each step of a local lifecycle the way a person follows it", async () => {
  const repo = tempGitRepo();
  cleanup = repo.cleanup;
  const normalise = textNormaliser({
    paths: { [repo.dir]: "<repo>", [EXAMPLES]: "examples" },
    commits: () => repo.git("rev-list", "--all").split("\n").filter(Boolean),
  });
  const base = [
    "--repo",
    repo.dir,
    "--request",
    join(EXAMPLES, "on-call-handover.md"),
    "--reviewer",
    "lead",
    "--provider",
    "offline",
  ];
  const answers = ["--answers", join(EXAMPLES, "on-call-handover.answers.md")];
  const runs: [string, string[], number][] = [
    ["1-questions", base, 2],
    ["2-answers-draft-walkthrough", [...base, ...answers], 2],
    [
      "3-changes-requested",
      [...base, ...answers, "--request-changes", FEEDBACK],
      2,
    ],
    [
      "4-approved-published",
      [...base, ...answers, "--request-changes", FEEDBACK, "--approve"],
      0,
    ],
  ];
  for (const [name, args, code] of runs) {
    const terminal = captureTerminal();
    const outcome = await runCommand(args, terminal, NOW);
    expect(outcome.code).toBe(code);
    await expect(`${normalise(terminal.output())}\n`).toMatchFileSnapshot(
      `./__snapshots__/local-run/${name}.txt`,
    );
  }
});
