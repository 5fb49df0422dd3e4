import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A throwaway git repository with one commit on `main`. */
export function tempGitRepo(): {
  dir: string;
  git: (...args: string[]) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), "sopflow-test-"));
  const git = (...args: string[]) =>
    execFileSync(
      "git",
      ["-c", "user.name=tester", "-c", "user.email=tester@localhost", ...args],
      { cwd: dir, encoding: "utf8" },
    );
  git("init", "--quiet", "--initial-branch=main");
  writeFileSync(join(dir, "README.md"), "# Docs\n");
  git("add", "README.md");
  git("commit", "--quiet", "-m", "init");
  return {
    dir,
    git,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
