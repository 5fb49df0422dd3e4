import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { Finding } from "../../core/checks/finding.js";
import { runChecks } from "../../core/checks/run-checks.js";

export interface LintParams {
  /** Files or folders; folders are searched recursively for *.md files. */
  paths: string[];
  format: "text" | "json";
  /** YYYY-MM-DD: review dates are judged against it. */
  today: string;
  cwd: string;
}

interface Share {
  role: typeof WORKER_ROLE;
  files: string[];
  today: string;
}

type Totals = { errors: number; warnings: number; suggestions: number };

const WORKER_ROLE = "sopflow-lint-worker";
/** Files read at once per thread: enough to overlap reading with parsing, few enough for file-handle limits. */
const READ_CONCURRENCY = 16;
/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_MIN_FILES = 200;
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

// Loaded as a worker by lintFiles below: lint the share handed over and send the findings back.
if (!isMainThread && (workerData as Partial<Share> | null)?.role === WORKER_ROLE) {
  const share = workerData as Share;
  parentPort?.postMessage(await lintInThread(share));
}

/** `sopflow lint`: the walkthrough's checks on SOP files; exit 1 on any error, 2 on a path that does not exist. */
export async function lintCommand({ paths, format, today, cwd }: LintParams): Promise<{ output: string; exitCode: number }> {
  const expanded = await Promise.all(paths.map((given) => expand(path.resolve(cwd, given))));
  const missing = paths.filter((_, index) => expanded[index] === null);
  if (missing.length > 0) {
    return { output: missing.map((given) => `sopflow lint: no such file or folder: ${given}`).join("\n"), exitCode: 2 };
  }
  const files = [...new Set(expanded.flatMap((list) => list ?? []))].sort();
  const findings = await lintFiles({ role: WORKER_ROLE, files, today });
  const results = files.map((file, index) => ({
    path: path.relative(cwd, file).split(path.sep).join("/"),
    findings: findings[index] ?? [],
  }));
  const all = findings.flat();
  const count = (severity: Finding["severity"]): number => all.filter((f) => f.severity === severity).length;
  const totals: Totals = { errors: count("error"), warnings: count("warning"), suggestions: count("suggestion") };
  const output = format === "json" ? JSON.stringify({ files: results, ...totals }, null, 2) : textReport(results, totals);
  return { output, exitCode: totals.errors > 0 ? 1 : 0 };
}

function textReport(results: { path: string; findings: Finding[] }[], totals: Totals): string {
  const lines = results.flatMap((result) =>
    result.findings.map((f) => `${result.path}:${f.line}:${f.column}  ${f.severity}  ${f.message}  ${f.ruleId}`),
  );
  const summary =
    `${plural(totals.errors, "error")}, ${plural(totals.warnings, "warning")}, ` +
    `${plural(totals.suggestions, "suggestion")} in ${plural(results.length, "file")}`;
  return [...lines, summary].join("\n");
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** The Markdown files a path stands for, or null when it does not exist. */
async function expand(target: string): Promise<string[] | null> {
  const info = await stat(target).catch(() => null);
  if (info === null) return null;
  return info.isDirectory() ? markdownFilesUnder(target) : [target];
}

async function markdownFilesUnder(folder: string): Promise<string[]> {
  const entries: Dirent[] = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : markdownFilesUnder(full);
      return entry.isFile() && entry.name.toLowerCase().endsWith(".md") ? [full] : [];
    }),
  );
  return nested.flat();
}

/**
 * Findings per file, in the order given. Parsing is CPU-bound, so a large set
 * is dealt round-robin over this thread and one worker thread per spare core.
 */
async function lintFiles(share: Share): Promise<Finding[][]> {
  const threads = share.files.length < PARALLEL_MIN_FILES ? 1 : Math.min(availableParallelism(), 8);
  if (threads === 1) return lintInThread(share);
  const shares = Array.from({ length: threads }, (_, k) => share.files.filter((_, i) => i % threads === k));
  const [own = [], ...others] = shares;
  const parts = await Promise.all([
    lintInThread({ ...share, files: own }),
    // A worker that cannot start (e.g. this module runs untranspiled under a test runner) hands its share back.
    ...others.map((files) => lintInWorker({ ...share, files }).catch(() => lintInThread({ ...share, files }))),
  ]);
  return share.files.map((_, i) => parts[i % threads]?.[Math.floor(i / threads)] ?? []);
}

function lintInWorker(share: Share): Promise<Finding[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: share });
    worker.once("message", (findings: Finding[][]) => resolve(findings));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`sopflow lint: worker exited with code ${code} before reporting`)));
  });
}

async function lintInThread({ files, today }: Share): Promise<Finding[][]> {
  const findings: Finding[][] = new Array<Finding[]>(files.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index] as string;
      const markdown = await readFile(file, "utf8").catch((cause: unknown) => {
        throw new Error(`sopflow lint: cannot read ${file}`, { cause });
      });
      findings[index] = runChecks({ markdown, capture: null, today });
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, reader));
  return findings;
}
