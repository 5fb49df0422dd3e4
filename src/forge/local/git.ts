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

/** Run git; a failure becomes an Error that names the command and carries git's own words. */
export function git(args: string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      args,
      { cwd: options.cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", ...options.env }, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        if (error && !(options.okCodes ?? []).includes(code)) {
          reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`, { cause: error }));
          return;
        }
        resolve({ stdout, code });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}
