// Times the committed Action bundle (dist/index.js) from process start to exit, handling one
// `issues.opened` event: GitHub is the GitHub double over loopback HTTP (started once, outside
// the timing) and the model is stubbed by the built-in offline drafter (no network, no key).
// Budget: median under 1 s from a cold start. Exit 1 when over.
import { statSync } from "node:fs";
import { handoverRequest } from "../test/app/lifecycle-events.js";
import { OPERATOR, servedDouble } from "../test/action/action-harness.js";
import { BUNDLE, runBundle } from "../test/action/run-bundle.js";

const RUNS = 7;
const BUDGET_MS = 1000;

const { double, apiUrl, close } = await servedDouble();

/** One new task per run, so every run does the same work: Capture of a new issue. */
async function timeOneRun(): Promise<number> {
  const event = double.openIssue({
    ...handoverRequest(),
    author: OPERATOR,
    labels: ["sop"],
  });
  const started = performance.now();
  const run = await runBundle({
    apiUrl,
    eventName: event.name,
    event: event.payload,
  });
  const elapsed = performance.now() - started;
  if (
    run.code !== 0 ||
    run.outputs["task-state"] !== "needs info" ||
    double.violations.length
  ) {
    throw new Error(
      `Unexpected run (exit ${run.code}, state "${run.outputs["task-state"]}", ${double.violations.length} violations), expected Capture to complete:\n${run.stdout}${run.stderr}`,
    );
  }
  return elapsed;
}

try {
  // One untimed run first: the double compiles its OpenAPI validators on first use.
  await timeOneRun();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timeOneRun());
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  const size = statSync(BUNDLE).size;
  console.log(
    `action cold start: ${RUNS} runs of node dist/index.js on issues.opened (GitHub double over loopback, offline drafter as the model)`,
  );
  console.log(
    `  median ${median.toFixed(0)} ms   min ${(times[0] ?? 0).toFixed(0)} ms   max ${(times.at(-1) ?? 0).toFixed(0)} ms   (budget: median < ${BUDGET_MS} ms)`,
  );
  console.log(
    `  bundle dist/index.js: ${(size / 1024 / 1024).toFixed(2)} MiB (${size} bytes)`,
  );
  if (!(median < BUDGET_MS)) {
    console.log(
      `FAIL: median ${median.toFixed(0)} ms is not under ${BUDGET_MS} ms`,
    );
    process.exitCode = 1;
  }
} finally {
  await close();
}
