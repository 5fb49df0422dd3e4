import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { captureTerminal } from "../support/capture-terminal.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

const example = (name: string) =>
  join(import.meta.dirname, "../../examples", name);
const scratch = mkdtempSync(join(tmpdir(), "sopflow-requests-"));
const made: string[] = [scratch];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() =>
  made.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
);
const requestFile = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
const run = async (args: string[]) => {
  const terminal = captureTerminal();
  const outcome = await runCommand(
    [...args, "--provider", "offline"],
    terminal,
  ).catch((error: Error) => ({ code: -1, error }));
  return { outcome, output: terminal.output() };
};

describe("the local run on bad input", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());
  const repo = () => {
    const r = tempGitRepo();
    cleanup = r.cleanup;
    return r;
  };
  const tasksBranch = (r: ReturnType<typeof tempGitRepo>) =>
    r.git("branch", "--list", "sopflow/*").trim();

  it("refuses an empty request file with a clear message and creates no task", async () => {
    const r = repo();
    const { outcome } = await run([
      "--repo",
      r.dir,
      "--request",
      requestFile("empty.md", "\n  \n"),
    ]);
    expect(outcome).toMatchObject({
      code: -1,
      error: {
        message: expect.stringMatching(/is empty: describe the process/),
      },
    });
    expect(tasksBranch(r)).toBe("");
  });

  it.each([
    [
      "a request with no steps",
      "# Onboarding\n\n### Process name\n\nOnboarding\n\n### Steps as they really happen\n\n_No response_\n",
      /names no steps/,
    ],
    [
      "binary garbage",
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      /not readable text/,
    ],
  ])(
    "refuses %s with a clear message and creates no task",
    async (_name, content, message) => {
      const r = repo();
      const { outcome, output } = await run([
        "--repo",
        r.dir,
        "--request",
        requestFile("bad.md", content),
      ]);
      expect(outcome.code).toBe(1);
      expect(output).toMatch(message);
      expect(tasksBranch(r)).toBe("");
    },
  );

  it("refuses a 1 MB request before doing anything", async () => {
    const r = repo();
    const { outcome } = await run([
      "--repo",
      r.dir,
      "--request",
      requestFile("huge.md", `# Big\n\n1. ${"do the thing ".repeat(80_000)}`),
    ]);
    expect(outcome).toMatchObject({
      code: -1,
      error: {
        message: expect.stringMatching(/more than the 65,536 an issue can/),
      },
    });
    expect(tasksBranch(r)).toBe("");
  });

  it.each([
    ["../../.github/workflows/x", /^docs\/sops\/[a-z0-9-]+\.md$/],
    ["CON", /^docs\/sops\/con-sop\.md$/],
    ["🚀".repeat(300), /^docs\/sops\/sop\.md$/],
  ])(
    "keeps the SOP file of a process named %j safely under the docs folder",
    async (name, path) => {
      const r = repo();
      const request = requestFile(
        "named.md",
        `# ${name}\n\nTrigger: every Monday\nOwner: the support lead\n\nSteps:\n1. Open the ticket queue in Zendesk\n2. Reply to every new ticket\n\nDone when: the queue is empty\n`,
      );
      await run(["--repo", r.dir, "--request", request, "--draft"]);
      const files = r
        .git("ls-tree", "-r", "--name-only", "sopflow/tasks", "--")
        .trim();
      expect(files).toMatch(/\.sopflow\/tasks\/1\/task\.json/);
      const branch = r
        .git("branch", "--list", "sopflow/1-*", "--format=%(refname:short)")
        .trim();
      // The catalog travels with the SOP; the SOP is the other file.
      const sop = r
        .git("ls-tree", "-r", "--name-only", branch, "--", "docs")
        .trim()
        .split("\n")
        .filter((f) => f !== "docs/sops/README.md");
      expect(sop).toEqual([expect.stringMatching(path)]);
      expect(
        r
          .git("ls-tree", "-r", "--name-only", branch)
          .split("\n")
          .filter((f) => f.startsWith(".github")),
      ).toEqual([]);
    },
  );

  it("says so when --repo is not a git repository", async () => {
    const { outcome } = await run([
      "--repo",
      tempDir("not-git-"),
      "--request",
      example("month-end-close.md"),
    ]);
    expect(outcome).toMatchObject({
      code: -1,
      error: {
        message: expect.stringMatching(
          /is not a git repository: run `git init`/,
        ),
      },
    });
  });

  it("refuses a dirty working tree", async () => {
    const r = repo();
    writeFileSync(join(r.dir, "README.md"), "changed\n");
    const { outcome } = await run([
      "--repo",
      r.dir,
      "--request",
      example("month-end-close.md"),
    ]);
    expect(outcome).toMatchObject({
      code: -1,
      error: {
        message: expect.stringMatching(
          /uncommitted changes: commit or stash them first/,
        ),
      },
    });
  });

  it("refuses a repository without a default branch", async () => {
    const dir = tempDir("no-commits-");
    execFileSync("git", ["init", "--quiet", "--initial-branch=main"], {
      cwd: dir,
    });
    const r = { dir };
    const { outcome } = await run([
      "--repo",
      r.dir,
      "--request",
      example("month-end-close.md"),
    ]);
    expect(outcome).toMatchObject({
      code: -1,
      error: {
        message: expect.stringMatching(
          /has no default branch \(main or master\) with a commit: create it/,
        ),
      },
    });
  });

  it("resumes the same task on a rerun instead of clobbering its branch", async () => {
    const r = repo();
    const args = ["--repo", r.dir, "--request", example("month-end-close.md")];
    expect((await run(args)).outcome.code).toBe(2);
    const head = r.git("rev-parse", "sopflow/1-month-end-close").trim();
    const again = await run(args);
    expect(again.outcome.code).toBe(2);
    expect(again.output).toMatch(/Resuming task 1/);
    expect(r.git("rev-parse", "sopflow/1-month-end-close").trim()).toBe(head);
    expect(r.git("branch", "--list", "sopflow/2-*").trim()).toBe("");
  });

  it("survives Ctrl-C in the middle of a run: the rerun resumes from the notes", async () => {
    const r = repo();
    const bin = join(import.meta.dirname, "../../bin/sopflow.js");
    const args = [
      bin,
      "run",
      "--repo",
      r.dir,
      "--request",
      example("customer-onboarding.md"),
      "--provider",
      "offline",
      "--approve",
      "--yes",
      "--reviewer",
      "lead",
    ];
    const interrupted = await new Promise<{ code: number | null; out: string }>(
      (resolve) => {
        const child = spawn(process.execPath, args, {
          stdio: ["ignore", "pipe", "pipe"],
        });
        let out = "";
        const onData = (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes("Drafting the SOP")) child.kill("SIGINT");
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
        child.on("close", (code) => resolve({ code, out }));
      },
    );
    expect(interrupted.code).toBe(130);
    expect(interrupted.out).toMatch(/rerun the same command to resume/);
    const rerun = await run(args.slice(2));
    expect(rerun.outcome.code).toBe(0);
    expect(rerun.output).toMatch(/Resuming task 1/);
    expect(r.git("ls-tree", "-r", "--name-only", "main").split("\n")).toContain(
      "docs/sops/customer-onboarding.md",
    );
  });
});
