import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BUNDLE = join(REPO_ROOT, "dist", "index.js");

export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The step outputs the run set through $GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** What the run wrote to $GITHUB_STEP_SUMMARY. */
  summary: string;
}

/**
 * Run the committed bundle as the runner would: a fresh `node dist/index.js`
 * with the event in a file and INPUT_* / GITHUB_* variables, and nothing of
 * this process's environment (no key, no token leaks in).
 */
export async function runBundle(input: {
  apiUrl: string;
  eventName: string;
  event: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<BundleRun> {
  const dir = mkdtempSync(join(tmpdir(), "sopflow-action-"));
  const files = {
    event: join(dir, "event.json"),
    output: join(dir, "output"),
    summary: join(dir, "summary.md"),
  };
  writeFileSync(
    files.event,
    typeof input.event === "string" ? input.event : JSON.stringify(input.event),
  );
  for (const file of [files.output, files.summary]) writeFileSync(file, "");
  const inputs = {
    token: "ghs_workflow_token",
    "model-provider": "offline",
    "config-path": ".github/sopflow.yml",
    ...input.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: input.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_RUN_ID: "4242",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REPOSITORY: "acme/docs",
    GITHUB_API_URL: input.apiUrl,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    LOG_LEVEL: "warn",
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [
        `INPUT_${name.toUpperCase()}`,
        value,
      ]),
    ),
    ...input.env,
  };
  const child = spawn(process.execPath, [BUNDLE], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, "utf8")),
    summary: readFileSync(files.summary, "utf8"),
  };
}

/** Read $GITHUB_OUTPUT as the runner does: `name<<delimiter`, lines, delimiter (or `name=value`). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0)
        throw new Error(
          `Unexpected output "${heredoc[1]}" without its closing delimiter`,
        );
      outputs[heredoc[1]] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) {
      outputs[line.slice(0, line.indexOf("="))] = line.slice(
        line.indexOf("=") + 1,
      );
    }
  }
  return outputs;
}
