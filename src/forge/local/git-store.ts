import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catFiles, git } from "./git.js";

/**
 * Files on branches of a local repository, read and written with git's
 * plumbing so that no branch needs to be checked out. When the branch that
 * is checked out moves, the working tree is brought along (it was clean).
 */
export class GitStore {
  constructor(readonly dir: string) {}

  async resolve(ref: string): Promise<string | null> {
    const { stdout, code } = await git(
      ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`],
      { cwd: this.dir, okCodes: [1, 128] },
    );
    return code === 0 ? stdout.trim() : null;
  }

  /** Delete `branch`; false when it is checked out (git keeps it then). A missing branch is deleted already. */
  async deleteBranch(branch: string): Promise<boolean> {
    if ((await this.currentBranch()) === branch) return false;
    await git(["update-ref", "-d", `refs/heads/${branch}`], {
      cwd: this.dir,
    });
    return true;
  }

  async readFile(ref: string, path: string): Promise<string | null> {
    const { stdout, code } = await git(["cat-file", "blob", `${ref}:${path}`], {
      cwd: this.dir,
      okCodes: [1, 128],
    });
    return code === 0 ? stdout : null;
  }

  /** Every file below `prefix` at `ref`, as path → content. */
  async readTree(ref: string, prefix: string): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    const { stdout, code } = await git(
      ["ls-tree", "-r", "-z", "--full-name", ref, "--", prefix],
      { cwd: this.dir, okCodes: [128] },
    );
    if (code !== 0) return files;
    const entries = stdout
      .split("\0")
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = line.split("\t") as [string, string];
        return { sha: meta.split(" ")[2] ?? "", path };
      });
    const contents = await catFiles(
      entries.map((e) => e.sha),
      this.dir,
    );
    entries.forEach((entry, i) => files.set(entry.path, contents[i] ?? ""));
    return files;
  }

  /** Commit `files` (null deletes) on top of `parent` and move `branch` there; returns the commit. */
  async commit(input: {
    branch: string;
    parent: string | null;
    files: Record<string, string | null>;
    message: string;
    newBranch?: boolean;
  }): Promise<string> {
    const tmp = await mkdtemp(join(tmpdir(), "sopflow-index-"));
    const env = { GIT_INDEX_FILE: join(tmp, "index") };
    try {
      if (input.parent)
        await git(["read-tree", input.parent], { cwd: this.dir, env });
      for (const [path, content] of Object.entries(input.files)) {
        if (content === null) {
          await git(["update-index", "--force-remove", "--", path], {
            cwd: this.dir,
            env,
          });
          continue;
        }
        const blob = (
          await git(["hash-object", "-w", "--stdin"], {
            cwd: this.dir,
            input: content,
          })
        ).stdout.trim();
        await git(
          ["update-index", "--add", "--cacheinfo", `100644,${blob},${path}`],
          { cwd: this.dir, env },
        );
      }
      const tree = (
        await git(["write-tree"], { cwd: this.dir, env })
      ).stdout.trim();
      return await this.commitTree({ ...input, tree });
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }

  /** Commit a tree with the given parents and move the branch, guarding against a concurrent move. */
  async commitTree(input: {
    branch: string;
    parent: string | null;
    tree: string;
    message: string;
    extraParent?: string;
    newBranch?: boolean;
  }): Promise<string> {
    const parents = [input.parent, input.extraParent]
      .filter((p): p is string => Boolean(p))
      .flatMap((p) => ["-p", p]);
    const commit = (
      await git(["commit-tree", input.tree, ...parents, "-m", input.message], {
        cwd: this.dir,
        env: identity(),
      })
    ).stdout.trim();
    const old = input.newBranch ? "" : (input.parent ?? "");
    await git(["update-ref", `refs/heads/${input.branch}`, commit, old], {
      cwd: this.dir,
    });
    if (!input.newBranch)
      await this.syncWorktree(input.branch, input.parent, commit);
    return commit;
  }

  async currentBranch(): Promise<string | null> {
    const { stdout, code } = await git(
      ["symbolic-ref", "--quiet", "--short", "HEAD"],
      { cwd: this.dir, okCodes: [1, 128] },
    );
    return code === 0 ? stdout.trim() : null;
  }

  private async syncWorktree(
    branch: string,
    from: string | null,
    to: string,
  ): Promise<void> {
    if ((await this.currentBranch()) !== branch) return;
    if (from) await git(["read-tree", "-m", "-u", from, to], { cwd: this.dir });
    else await git(["read-tree", "-u", "--reset", to], { cwd: this.dir });
  }
}

/** Commits made by sopflow name it, unless git is configured with someone. */
function identity(): Record<string, string> {
  const env: Record<string, string> = {};
  if (!process.env.GIT_AUTHOR_NAME) env.GIT_AUTHOR_NAME = "sopflow";
  if (!process.env.GIT_AUTHOR_EMAIL) env.GIT_AUTHOR_EMAIL = "sopflow@localhost";
  if (!process.env.GIT_COMMITTER_NAME) env.GIT_COMMITTER_NAME = "sopflow";
  if (!process.env.GIT_COMMITTER_EMAIL)
    env.GIT_COMMITTER_EMAIL = "sopflow@localhost";
  return env;
}
