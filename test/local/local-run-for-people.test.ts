import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { statusCommand } from "../../src/shells/cli/status-command.js";
import type { Terminal } from "../../src/shells/cli/terminal.js";
import { captureTerminal } from "../support/capture-terminal.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

const examples = join(import.meta.dirname, "../../examples");
const example = (name: string) => join(examples, name);
const bin = join(import.meta.dirname, "../../bin/sopflow.js");

/** An interactive terminal whose person types the given answers, in order. */
function scriptedTerminal(
  answers: string[],
): Terminal & { output: () => string } {
  const printed = captureTerminal();
  return {
    ...printed,
    interactive: true,
    ask: async (question) => {
      printed.print(question);
      return answers.shift() ?? "";
    },
    askLines: async (question) => {
      printed.print(question);
      return answers.shift() ?? "";
    },
  };
}

describe("the local run, as a person uses it", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());
  const repo = () => {
    const r = tempGitRepo();
    cleanup = r.cleanup;
    return r;
  };

  it("a task started at the prompt shows in `sopflow status` and resumes with --task", async () => {
    const r = repo();
    const typed = [
      "Month-end close", // name
      "Close the books on time", // purpose
      "Accountant", // roles
      "The first working day of the month", // trigger
      "1. Export the ledger from the ERP\n2. Check the totals against the bank\n3. Send the report to the CFO", // steps
      "", // tools
      "", // pitfalls
      "", // tribal
      "The CFO has the report", // definition of done
    ];
    const first = scriptedTerminal([...typed, "", "", "", "", "", "", "n"]);
    const started = await runCommand(
      ["--repo", r.dir, "--provider", "offline", "--reviewer", "lead"],
      first,
    );
    expect(started.code, first.output()).toBe(2);
    expect(first.output()).toMatch(/sopflow run --task 1/);
    expect(first.output()).not.toMatch(/same --request/);

    const status = await statusCommand(["--repo", r.dir]);
    expect(status.lines.join("\n")).toMatch(
      /^ +1 {2}needs info +SOP: Month-end close/m,
    );

    const resumed = captureTerminal();
    const outcome = await runCommand(
      ["--repo", r.dir, "--task", "1", "--provider", "offline", "--draft"],
      resumed,
    );
    expect(outcome.code, resumed.output()).toBe(2);
    expect(resumed.output()).toMatch(/Resuming task 1/);
    expect(resumed.output()).toMatch(/^Draft 1: /m);
    expect((await statusCommand(["--repo", r.dir])).lines.join("\n")).toMatch(
      /^ +1 {2}awaiting approval/m,
    );
  });

  it("prints a short summary per step, never the history again, and speaks of flags, not comments", async () => {
    const r = repo();
    const base = [
      "--repo",
      r.dir,
      "--request",
      example("on-call-handover.md"),
      "--provider",
      "offline",
    ];
    const first = captureTerminal();
    await runCommand(base, first);
    const second = captureTerminal();
    await runCommand(
      [...base, "--answers", example("on-call-handover.answers.md")],
      second,
    );
    const third = captureTerminal();
    expect((await runCommand(base, third)).code).toBe(2);

    expect(first.output()).toMatch(/^Capture 1: \d+ facts/m);
    expect(first.output()).toMatch(/^Open questions \(\d\):/m);
    expect(first.output().split("\n").length).toBeLessThan(25);
    expect(second.output()).toMatch(
      /^Draft 1: .*docs\/sops\/on-call-handover\.md on branch sopflow\/1-on-call-handover/m,
    );
    expect(second.output()).toMatch(
      /^Walkthrough 1 at [0-9a-f]{7}: 0 error\(s\)/m,
    );
    expect(second.output()).not.toMatch(/^Capture 1:/m);
    // Each answer is echoed with the question it answered.
    expect(second.output()).toMatch(
      /^Answers received:\n(?: {2}.*\n)* {2}1\. What triggers "On-call handover".*→ "Every Monday at 10:00 UTC/m,
    );
    expect(second.output().split("\n").length).toBeLessThan(30);
    // A rerun with nothing new prints where the task stands, not the notes again.
    expect(third.output()).not.toMatch(/Capture|Draft 1|Walkthrough 1/);
    expect(third.output().split("\n").length).toBeLessThan(6);
    for (const out of [first, second, third].map((t) => t.output()))
      expect(out).not.toMatch(/\/sop |in a comment|pull request #/);

    const verbose = captureTerminal();
    await runCommand(
      [
        "--repo",
        r.dir,
        "--request",
        example("month-end-close.md"),
        "--provider",
        "offline",
        "--verbose",
      ],
      verbose,
    );
    expect(verbose.output()).toMatch(/### Step 1 · Capture process/);
    expect(verbose.output()).toMatch(/### Step 3 · Walkthrough/);
    expect(verbose.output()).toMatch(
      /Read the draft on branch sopflow\/2-month-end-close, then rerun with `--approve`/,
    );
    expect(verbose.output()).not.toMatch(/\/sop |Approve \[pull request/);
  });

  it("--approve in the run that makes the draft stops at awaiting approval; the next run (or --yes) publishes", async () => {
    const r = repo();
    const base = [
      "--repo",
      r.dir,
      "--request",
      example("month-end-close.md"),
      "--answers",
      example("on-call-handover.answers.md"),
      "--provider",
      "offline",
      "--draft",
      "--approve",
    ];
    const first = captureTerminal();
    expect((await runCommand(base, first)).code, first.output()).toBe(2);
    expect(first.output()).toMatch(/^Draft 1: /m);
    expect(first.output()).toMatch(
      /Not approved: draft 1 was made in this run/,
    );
    expect(r.git("ls-tree", "-r", "--name-only", "main")).not.toMatch(
      /docs\/sops/,
    );
    const second = captureTerminal();
    expect((await runCommand(base, second)).code, second.output()).toBe(0);
    expect(second.output()).toMatch(/^Published: /m);
  });

  it("open questions block publishing until the approver reruns with --publish-anyway, which the revision history records", async () => {
    const r = repo();
    const base = [
      "--repo",
      r.dir,
      "--request",
      example("on-call-handover.md"),
      "--provider",
      "offline",
      "--reviewer",
      "lead",
      "--draft",
    ];
    expect((await runCommand(base, captureTerminal())).code).toBe(2);
    const blocked = captureTerminal();
    expect((await runCommand([...base, "--approve"], blocked)).code).toBe(2);
    expect(blocked.output()).toMatch(
      /publishing is blocked by .*open questions/,
    );
    expect(blocked.output()).toMatch(/rerun with `--approve --publish-anyway`/);
    expect(r.git("ls-tree", "-r", "--name-only", "main")).not.toMatch(
      /docs\/sops/,
    );
    const anyway = captureTerminal();
    const done = await runCommand(
      [...base, "--approve", "--publish-anyway"],
      anyway,
    );
    expect(done.code, anyway.output()).toBe(0);
    const published = r.git("show", "main:docs/sops/on-call-handover.md");
    expect(published).toMatch(
      /\| @lead +\| Published by @lead over .*open questions \(override: \/sop publish anyway\) +\|/,
    );
  });

  it("answers usage mistakes with what to type instead", async () => {
    const r = repo();
    const typo = captureTerminal();
    expect((await runCommand(["--repo", r.dir, "--aprove"], typo)).code).toBe(
      1,
    );
    expect(typo.output()).toMatch(
      /Unknown option '--aprove': did you mean --approve\?/,
    );

    const missing = captureTerminal();
    expect(
      (
        await runCommand(
          ["--repo", r.dir, "--request", join(r.dir, "nope.md")],
          missing,
        )
      ).code,
    ).toBe(1);
    expect(missing.output()).toMatch(/there is no request file .*nope\.md/);
    expect(missing.output()).toMatch(/Usage: sopflow run --request <file\.md>/);
    expect(missing.output()).not.toMatch(/^ENOENT|: ENOENT$/m);

    const lint = spawnSync(process.execPath, [bin, "lint"], {
      encoding: "utf8",
    });
    expect(lint.status).toBe(1);
    expect(lint.stderr).toMatch(/lint needs the SOP files or folders/);

    const command = spawnSync(process.execPath, [bin, "stauts"], {
      encoding: "utf8",
    });
    expect(command.status).toBe(1);
    expect(command.stdout).toMatch(/did you mean "status"\?/);
  });

  it("a German request gets a clear message that the offline drafter reads English only, and nothing is captured", async () => {
    const r = repo();
    const request = join(
      r.dir,
      "..",
      `${r.dir.split("/").at(-1)}-wareneingang.md`,
    );
    writeFileSync(
      request,
      "# Wareneingang prüfen\n\nWer: Lagermitarbeiter\n\nSchritte:\n1. Der Lagermitarbeiter prüft den Lieferschein (Menge und Artikelnummer) gegen die Bestellung im ERP.\n2. Wenn die Menge nicht stimmt, wird der Einkauf per E-Mail informiert.\n3. Die Ware wird auf den Platz im Lager gebucht und eingelagert.\n",
    );
    const terminal = captureTerminal();
    const outcome = await runCommand(
      ["--repo", r.dir, "--request", request, "--provider", "offline"],
      terminal,
    );
    expect(outcome.code).toBe(1);
    expect(terminal.output()).toMatch(
      /written in German\. The offline drafter reads English only/,
    );
    expect(terminal.output()).toMatch(/--provider openai --model/);
    expect(terminal.output()).not.toMatch(/^Capture 1/m);
    expect(r.git("branch", "--list", "sopflow/1-*").trim()).toBe("");
  });
});
