import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { runChecks } from "../../core/checks/run-checks.js";

/**
 * One lint worker: checks its share of the files and posts the findings back,
 * in order. Files are read synchronously: the thread has nothing else to do,
 * and awaiting each read cost more (thread-pool round trips) than parsing.
 */
const { files, today } = workerData as { files: string[]; today: string };
parentPort?.postMessage(
  files.map((file) => {
    let markdown: string;
    try {
      markdown = readFileSync(file, "utf8");
    } catch (cause) {
      throw new Error(`sopflow lint: cannot read ${file}`, { cause });
    }
    return runChecks({ markdown, capture: null, today });
  }),
);
