import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { runChecks } from "../../core/checks/run-checks.js";

/** One lint worker: checks its share of the files and posts the findings back, in order. */
const { files, today } = workerData as { files: string[]; today: string };
const findings = [];
for (const file of files)
  findings.push(
    runChecks({ markdown: await readFile(file, "utf8"), capture: null, today }),
  );
parentPort?.postMessage(findings);
