import { execFile } from "node:child_process";

export interface GitOptions {
  cwd: string;
  input?: string;
  env?: Record<string, string>;
  /** Exit codes that are answers rather than failures (e.g. 1 for "not an ancestor"). */
  okCodes?: number[];
}

export interface GitResult {
  stdout: string;
  code: number;
}

/** Run `git cat-file --batch` once for many objects; returns each object's content in order. */
export function catFiles(shas: string[], cwd: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      ["cat-file", "--batch"],
      { cwd, encoding: "buffer", maxBuffer: 512 * 1024 * 1024 },
      (error, stdout) => {
        if (error) {
          reject(
            new Error(`git cat-file failed: ${error.message}`, {
              cause: error,
            }),
          );
          return;
        }
        const out = stdout as Buffer;
        const contents: string[] = [];
        let at = 0;
        for (let i = 0; i < shas.length; i++) {
          const eol = out.indexOf(10, at);
          const size = Number(
            out.subarray(at, eol).toString("utf8").split(" ")[2],
          );
          contents.push(out.subarray(eol + 1, eol + 1 + size).toString("utf8"));
          at = eol + 1 + size + 1;
        }
        resolve(contents);
      },
    );
    child.stdin?.end(shas.map((s) => `${s}\n`).join(""));
  });
}

/** Run git; a failure becomes an Error that names the command and carries git's own words. */
export function git(args: string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      args,
      {
        cwd: options.cwd,
        env: {
          ...process.env,
          GIT_TERMINAL_PROMPT: "0",
          LC_ALL: "C",
          ...options.env,
        },
        maxBuffer: 256 * 1024 * 1024,
        encoding: "utf8",
      },
      (error, stdout, stderr) => {
        const code = error
          ? typeof error.code === "number"
            ? error.code
            : 1
          : 0;
        if (error && !(options.okCodes ?? []).includes(code)) {
          reject(
            new Error(
              `git ${args[0]} failed: ${stderr.trim() || error.message}`,
              { cause: error },
            ),
          );
          return;
        }
        resolve({ stdout, code });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
