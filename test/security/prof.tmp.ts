import { runFuzz } from "./harness/run-fuzz.js";
const seed = Number(process.argv[2] ?? 1);
const t = performance.now();
const r = await runFuzz({ runs: Number(process.argv[3] ?? 300), seed, appEvery: Number(process.argv[4] ?? 30) });
console.log({ ...r, failures: r.failures.slice(0, 30) }, r.failures.length, performance.now() - t);
