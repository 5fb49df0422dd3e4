import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The server entry `npm start` runs (here as TypeScript). */
export const SERVER_ENTRY = fileURLToPath(
  new URL("../../../src/shells/server/server-entry.ts", import.meta.url),
);
/** For `node --import`: tsx, found from here, so the process may run in any directory. */
export const TSX_IMPORT = pathToFileURL(
  createRequire(import.meta.url).resolve("tsx"),
).href;

/** One JSON log line of a server process. */
export type LogLine = Record<string, unknown> & { msg?: string; pid?: number };

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every JSON line the process has written to stdout so far. */
  lines: LogLine[];
  stderr: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs the server entry as `npm start` would (TypeScript through tsx), or
 * another script that starts the server, with only the given environment
 * (and PATH), by default in an empty directory so no stray .env is read;
 * resolves once it logs that it listens.
 */
export async function spawnServer(input: {
  env: Record<string, string>;
  script?: string;
  cwd?: string;
}): Promise<ServerProcess> {
  const {
    env,
    script = SERVER_ENTRY,
    cwd = mkdtempSync(join(tmpdir(), "sopflow-server-")),
  } = input;
  const child = spawn(process.execPath, ["--import", TSX_IMPORT, script], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_FORMAT: "json",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: LogLine[] = [];
  let pending = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      const parts = (pending + chunk.toString()).split("\n");
      pending = parts.pop() ?? "";
      for (const part of parts) {
        const line = parseLine(part);
        if (!line) continue;
        lines.push(line);
        const url = /^Listening on (http:\/\/\S+)$/.exec(line.msg ?? "")?.[1];
        if (url) resolve(url);
      }
    });
    child.once("exit", (code) =>
      reject(
        new Error(
          `Unexpected exit of the server process (code ${code}), expected it to listen:\n${stderr}`,
        ),
      ),
    );
  });
  const url = await listening;
  return {
    child,
    url,
    lines,
    stderr: () => stderr,
    stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve(child.exitCode);
      const exited = new Promise<number | null>((resolve) =>
        child.once("exit", (code) => resolve(code)),
      );
      child.kill(signal);
      return exited;
    },
  };
}

function parseLine(text: string): LogLine | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null
      ? (value as LogLine)
      : null;
  } catch {
    return null;
  }
}
