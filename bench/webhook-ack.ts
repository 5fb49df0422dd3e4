// The App server's answer time (budget: p99 under 100 ms): 50 signed deliveries for 10 tasks arrive at once over
// loopback while every model call takes 30 s; prints p50/p99/max from sending a delivery to the end of
// its answer. Exit 1 when p99 reaches 100 ms, a delivery is not answered 200, or the queued work did not start.
//
// As deployed, three parties run apart: the server (test/server/fixtures/slow-model-server.ts: the real
// server with the slow model), GitHub's API (the GitHub double, served over loopback from this process)
// and GitHub's webhook sender (test/server/fixtures/deliver-at-once.ts). The server has answered one
// delivery before the 50, as a running server has. With --redis, the server queues in a private redis-server.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { OPERATOR } from "../test/app/app-harness.js";
import { startRedisServer } from "../test/support/redis-server.js";
import { serveDouble } from "../test/server/helpers/double-over-http.js";
import {
  sendDelivery,
  type Delivery,
  type SentDelivery,
} from "../test/server/helpers/send-delivery.js";
import {
  spawnServer,
  TSX_IMPORT,
} from "../test/server/helpers/spawn-server.js";
import { openTask, taskDouble } from "../test/server/helpers/task-double.js";
import {
  testPrivateKey,
  WEBHOOK_SECRET,
} from "../test/server/helpers/test-settings.js";

const BUDGET_MS = 100;
const MODEL_MS = 30_000;
const TASKS = 10;
const COMMENTS_PER_TASK = 4;
const fixture = (name: string) =>
  fileURLToPath(new URL(`../test/server/fixtures/${name}`, import.meta.url));

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

const redis = process.argv.includes("--redis")
  ? await startRedisServer()
  : null;
const double = taskDouble();
const github = await serveDouble(double);
const server = await spawnServer({
  script: fixture("slow-model-server.ts"),
  env: {
    APP_ID: String(double.world.app.id),
    PRIVATE_KEY: testPrivateKey(),
    WEBHOOK_SECRET,
    GHE_HOST: github.host,
    GHE_PROTOCOL: "http",
    LOG_LEVEL: "info",
    MODEL_MS: String(MODEL_MS),
    ...(redis ? { REDIS_URL: redis.url } : {}),
  },
});

interface Health {
  queue: { running: number; done: number };
}
const health = async (): Promise<Health> =>
  (await (await fetch(`${server.url}/healthz`)).json()) as Health;

// One task first, until its job waits on the model: the server is warm, and busy, when the 50 arrive.
await sendDelivery({
  url: server.url,
  secret: WEBHOOK_SECRET,
  delivery: openTask(double),
});
for (
  let waited = 0;
  (await health()).queue.running === 0 && waited < 10_000;
  waited += 50
)
  await sleep(50);

const deliveries: Delivery[] = [];
for (let task = 1; task <= TASKS; task++) deliveries.push(openTask(double));
for (let round = 1; round <= COMMENTS_PER_TASK; round++) {
  for (let task = 1; task <= TASKS; task++)
    deliveries.push(
      double.comment({
        issue: task + 1,
        author: OPERATOR,
        body: `More detail, round ${round}: the pager app needs a login.`,
      }),
    );
}
const dir = mkdtempSync(join(tmpdir(), "sopflow-bench-"));
writeFileSync(join(dir, "deliveries.json"), JSON.stringify(deliveries));
const sender = [
  fixture("deliver-at-once.ts"),
  server.url,
  join(dir, "deliveries.json"),
];
const { stdout } = await promisify(execFile)(
  process.execPath,
  ["--import", TSX_IMPORT, ...sender],
  {
    env: { PATH: process.env.PATH ?? "", WEBHOOK_SECRET },
    maxBuffer: 16 * 1024 * 1024,
  },
);
rmSync(dir, { recursive: true });
const sent = JSON.parse(stdout) as SentDelivery[];
// Behind the answers, the queued work starts and fills the queue's 8 slots, each held by a 30 s model call.
let after = await health();
for (let waited = 0; after.queue.running < 8 && waited < 5_000; waited += 50) {
  await sleep(50);
  after = await health();
}

const times = sent.map((s) => s.ms).sort((a, b) => a - b);
const [p50, p99, max] = [
  percentile(times, 50),
  percentile(times, 99),
  times[times.length - 1] ?? Number.NaN,
];
const refused = sent.filter((s) => s.status !== 200);
console.log(
  `webhook-ack: ${sent.length} concurrent signed deliveries for ${TASKS} tasks, model calls take ${MODEL_MS / 1000} s, ${redis ? "Redis" : "in-memory"} queue`,
);
console.log(
  `  p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   max ${max.toFixed(1)} ms   (budget: p99 < ${BUDGET_MS} ms)`,
);
console.log(
  `  answered 200: ${sent.length - refused.length}/${sent.length}; jobs running: ${after.queue.running}, done: ${after.queue.done}`,
);

// The server stops without waiting for the 30 s model calls.
const exit = await server.stop("SIGTERM");
await github.close();
await redis?.stop();
const failure =
  refused.length > 0
    ? `${refused.length} deliveries not answered 200 (first: ${refused[0]?.status} ${refused[0]?.body})`
    : after.queue.running < 2
      ? "the queued work did not start: it should be running, held by the model"
      : p99 >= BUDGET_MS
        ? `p99 ${p99.toFixed(1)} ms ≥ ${BUDGET_MS} ms`
        : exit !== 0
          ? `the server exited with ${exit}: ${server.stderr()}`
          : null;
if (failure) console.log(`FAIL: ${failure}`);
process.exit(failure ? 1 : 0);
