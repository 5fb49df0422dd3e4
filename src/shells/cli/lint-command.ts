import type { Dirent } from "node:fs";
import { readFile as readFileCallback } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import type { Finding } from "../../core/checks/finding.js";
import { ruleUrl } from "../../core/checks/rule-url.js";
import type { LintWorkerData, LintWorkerResult } from "./lint-worker.js";

export interface LintParams {
  /** Files or folders; folders are searched recursively for *.md files. */
  paths: string[];
  format: "text" | "json";
  /** YYYY-MM-DD: review dates are judged against it. */
  today: string;
  cwd: string;
}

type Totals = { errors: number; warnings: number; suggestions: number };

/** Files read at once: enough to overlap reading with parsing, few enough to stay clear of file-handle limits. */
const READ_CONCURRENCY = 16;
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);
/** The callback reader: for many small files it costs a fraction of fs/promises' FileHandle-based one. */
const readFile = promisify(readFileCallback);

/** `sopflow lint`: the walkthrough's checks on SOP files; exit 1 on any error, 2 on a path that does not exist. */
export async function lintCommand({
  paths,
  format,
  today,
  cwd,
}: LintParams): Promise<{ output: string; exitCode: number }> {
  const expanded = await Promise.all(
    paths.map((given) => expand(path.resolve(cwd, given))),
  );
  const missing = paths.filter((_, index) => expanded[index] === null);
  if (missing.length > 0) {
    return {
      output: missing
        .map((given) => `sopflow lint: no such file or folder: ${given}`)
        .join("\n"),
      exitCode: 2,
    };
  }
  const files = [...new Set(expanded.flatMap((list) => list ?? []))].sort();
  // The checking starts at once, on every file; meanwhile this thread looks
  // for the catalog among them (loading the config and catalog code, which the
  // checks do not need) and then puts the catalog's findings in its place.
  const [catalogOutcome, lintOutcome] = await Promise.allSettled([
    import("./lint-catalog.js").then(({ lintCatalog }) =>
      lintCatalog({ cwd, files }),
    ),
    lintFiles({ files, today }),
  ]);
  if (catalogOutcome.status === "rejected") throw catalogOutcome.reason;
  if (lintOutcome.status === "rejected") throw lintOutcome.reason;
  const catalog = catalogOutcome.value;
  const findings = lintOutcome.value;
  if (catalog !== null)
    findings[files.indexOf(catalog.file)] = catalog.findings;
  const results = files.map((file, index) => ({
    path: path.relative(cwd, file).split(path.sep).join("/"),
    findings: (findings[index] ?? []).map((f) => ({
      ...f,
      url: ruleUrl(f.ruleId),
    })),
  }));
  const all = findings.flat();
  const count = (severity: Finding["severity"]): number =>
    all.filter((f) => f.severity === severity).length;
  const totals: Totals = {
    errors: count("error"),
    warnings: count("warning"),
    suggestions: count("suggestion"),
  };
  const output =
    format === "json"
      ? JSON.stringify({ files: results, ...totals }, null, 2)
      : textReport(results, totals);
  return { output, exitCode: totals.errors > 0 ? 1 : 0 };
}

function textReport(
  results: { path: string; findings: Finding[] }[],
  totals: Totals,
): string {
  const lines = results.flatMap((result) =>
    result.findings.map(
      (f) =>
        `${result.path}:${f.line}:${f.column}  ${f.severity}  ${f.message}  ${f.ruleId}`,
    ),
  );
  // Each rule that fired, once, with the link to its documentation (what it wants, why, examples).
  const fired = [
    ...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId))),
  ];
  const legend = fired.length
    ? ["", ...fired.sort().map((id) => `${id}: ${ruleUrl(id)}`), ""]
    : [];
  const summary =
    `${plural(totals.errors, "error")}, ${plural(totals.warnings, "warning")}, ` +
    `${plural(totals.suggestions, "suggestion")} in ${plural(results.length, "file")}`;
  return [...lines, ...legend, summary].join("\n");
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
      if (entry.isDirectory())
        return SKIPPED_FOLDERS.has(entry.name) ? [] : markdownFilesUnder(full);
      return entry.isFile() && entry.name.toLowerCase().endsWith(".md")
        ? [full]
        : [];
    }),
  );
  return nested.flat();
}

/**
 * Young-generation size of a lint worker (V8's default is 16 MB per
 * semi-space). Parsing allocates many short-lived nodes: on 1,000 SOPs a
 * larger young generation cut a worker's CPU time by about 6%; larger sizes
 * bought nothing more.
 */
const YOUNG_GENERATION_MB = 64;

/** Below this many files a second thread costs more (its start-up) than it saves. */
const FILES_PER_WORKER = 150;

/**
 * Findings per file, in the order given. Parsing is CPU-bound, so a large
 * set is shared among worker threads, one per core (the compiled CLI only:
 * the worker is a built module). The threads take the files one at a time
 * from a shared counter, so none sits idle while another has files left.
 */
async function lintFiles({
  files,
  today,
}: {
  files: string[];
  today: string;
}): Promise<Finding[][]> {
  const workerUrl = new URL("./lint-worker.js", import.meta.url);
  const threads = Math.min(
    availableParallelism(),
    Math.floor(files.length / FILES_PER_WORKER),
  );
  if (threads < 2 || !import.meta.url.endsWith(".js"))
    return lintInThread({ files, today });
  const workerData: LintWorkerData = {
    files,
    today,
    next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
  };
  const parts = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<LintWorkerResult>((resolve, reject) => {
          const worker = new Worker(workerUrl, {
            workerData,
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
          });
          worker.once("message", resolve);
          worker.once("error", (cause) =>
            reject(new Error("sopflow lint: a worker failed", { cause })),
          );
        }),
    ),
  );
  const findings = new Array<Finding[]>(files.length);
  for (const part of parts)
    part.indices.forEach((index, i) => {
      findings[index] = part.findings[i] ?? [];
    });
  return findings;
}

async function lintInThread({
  files,
  today,
}: {
  files: string[];
  today: string;
}): Promise<Finding[][]> {
  // Loaded here, not at the top: when workers do the checking, the main thread never needs the parser.
  const { runChecks } = await import("../../core/checks/run-checks.js");
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
  await Promise.all(
    Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, reader),
  );
  return findings;
}
