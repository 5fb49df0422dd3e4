import { readFile } from "node:fs/promises";
import path from "node:path";
import { git } from "../../forge/local/git.js";

export interface LocalSop {
  /** The text the run or copy is made from: the file as committed at HEAD, else the working file. */
  markdown: string;
  /** The path inside the repository, "/"-separated (or as given, outside git). */
  path: string;
  /** The commit the text comes from; null when the file is not committed. */
  commit: string | null;
  /** A web link to the file at that commit when the repository's origin is on GitHub, else the path. */
  link: string;
  /** Why the working file is not what the run links ("uncommitted changes", "not committed"), or null. */
  warning: string | null;
}

/**
 * An SOP file as a run must see it: the version at the repository's HEAD
 * (the exact commit the run links to), with a warning when the working
 * file differs from it or is not in git at all.
 */
export async function readLocalSop(file: string): Promise<LocalSop> {
  const absolute = path.resolve(file);
  const working = await readFile(absolute, "utf8").catch((error: unknown) => {
    throw new Error(`Cannot read ${file}`, { cause: error });
  });
  const cwd = path.dirname(absolute);
  const top = await git(["rev-parse", "--show-toplevel"], {
    cwd,
    okCodes: [128],
  });
  if (top.code !== 0)
    return {
      markdown: working,
      path: file,
      commit: null,
      link: file,
      warning: "not in a git repository: the copy links the file, not a commit",
    };
  const root = top.stdout.trim();
  const inRepo = path.relative(root, absolute).split(path.sep).join("/");
  const head = await git(["rev-parse", "HEAD"], { cwd: root, okCodes: [128] });
  const committed =
    head.code === 0
      ? await git(["show", `HEAD:${inRepo}`], { cwd: root, okCodes: [128] })
      : null;
  if (head.code !== 0 || committed === null || committed.code !== 0)
    return {
      markdown: working,
      path: inRepo,
      commit: null,
      link: inRepo,
      warning: "not committed: the copy links the file, not a commit",
    };
  const commit = head.stdout.trim();
  const remote = await git(["remote", "get-url", "origin"], {
    cwd: root,
    okCodes: [2, 128],
  });
  const web = remote.code === 0 ? githubWeb(remote.stdout.trim()) : null;
  return {
    markdown: committed.stdout,
    path: inRepo,
    commit,
    link:
      web === null
        ? inRepo
        : `${web}/blob/${commit}/${inRepo.split("/").map(encodeURIComponent).join("/")}`,
    warning:
      committed.stdout === working
        ? null
        : `${inRepo} has uncommitted changes: made from the committed version at ${commit.slice(0, 12)}`,
  };
}

/** https://github.com/owner/name for a GitHub remote (https or ssh form), else null. */
function githubWeb(url: string): string | null {
  const match =
    /^(?:https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
      url,
    );
  return match ? `https://github.com/${match[1]}/${match[2]}` : null;
}
