import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
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

interface FileResult {
  path: string;
  findings: Finding[];
}

/** Files read at once: enough to keep the disk busy while parsing, few enough to stay clear of file-handle limits. */
const READ_CONCURRENCY = 32;
const SKIPPED_FOLDERS = new Set(["node_modules", ".git"]);

/** `sopflow lint`: the walkthrough's checks on SOP files; exit 1 on any error, 2 on a path that does not exist. */
export async function lintCommand({ paths, format, today, cwd }: LintParams): Promise<{ output: string; exitCode: number }> {
  const expanded = await Promise.all(paths.map((given) => expand(path.resolve(cwd, given))));
  const missing = paths.filter((_, index) => expanded[index] === null);
  if (missing.length > 0) {
    return { output: missing.map((given) => `sopflow lint: no such file or folder: ${given}`).join("\n"), exitCode: 2 };
  }
  const files = [...new Set(expanded.flatMap((list) => list ?? []))].sort();
  const results = await mapLimited({ items: files, limit: READ_CONCURRENCY }, async (file): Promise<FileResult> => {
    const markdown = await readFile(file, "utf8").catch((cause: unknown) => {
      throw new Error(`sopflow lint: cannot read ${file}`, { cause });
    });
    return { path: path.relative(cwd, file).split(path.sep).join("/"), findings: runChecks({ markdown, capture: null, today }) };
  });
  const all = results.flatMap((result) => result.findings);
  const count = (severity: Finding["severity"]): number => all.filter((f) => f.severity === severity).length;
  const totals = { errors: count("error"), warnings: count("warning"), suggestions: count("suggestion") };
  const output = format === "json" ? JSON.stringify({ files: results, ...totals }, null, 2) : textReport(results, totals);
  return { output, exitCode: totals.errors > 0 ? 1 : 0 };
}

function textReport(results: FileResult[], totals: { errors: number; warnings: number; suggestions: number }): string {
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

/** Like Promise.all over `items`, with at most `limit` calls of `fn` in flight; results keep the input order. */
async function mapLimited<T, R>({ items, limit }: { items: T[]; limit: number }, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
