import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { Finding } from "../../core/checks/finding.js";
import { runChecks } from "../../core/checks/run-checks.js";

/** What lint-command gives each worker: every file, and the counter the threads take files from. */
export interface LintWorkerData {
  files: string[];
  today: string;
  /** Int32 slot 0: the index of the next file nobody has taken yet. */
  next: SharedArrayBuffer;
}

/** What a worker posts back: the findings of the files it took, by index. */
export interface LintWorkerResult {
  indices: number[];
  findings: Finding[][];
}

/**
 * One lint worker: takes the next unchecked file until none is left, so a
 * thread slowed by other work on the machine takes fewer files instead of
 * finishing last. Reads are synchronous: the files are small and a worker
 * has nothing else to do meanwhile; the asynchronous reader cost several
 * times the CPU per file.
 */
const { files, today, next } = workerData as LintWorkerData;
const counter = new Int32Array(next);
const result: LintWorkerResult = { indices: [], findings: [] };
for (
  let index = Atomics.add(counter, 0, 1);
  index < files.length;
  index = Atomics.add(counter, 0, 1)
) {
  const file = files[index] as string;
  let markdown: string;
  try {
    markdown = readFileSync(file, "utf8");
  } catch (cause) {
    throw new Error(`sopflow lint: cannot read ${file}`, { cause });
  }
  result.indices.push(index);
  result.findings.push(runChecks({ markdown, capture: null, today }));
}
parentPort?.postMessage(result);
