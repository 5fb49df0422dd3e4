import { it } from "vitest";
import { runFuzz } from "./harness/run-fuzz.js";

it("scratch", async () => {
  const t0 = performance.now();
  const r = await runFuzz({ runs: 200, seed: 42, appEvery: 20 });
  console.log({ ...r, failures: r.failures.slice(0, 40) }, r.failures.length, performance.now() - t0);
}, 600_000);
