import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { OPERATOR } from "../app/app-harness.js";
import { waitUntil } from "../queue/helpers/wait-until.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import {
  serveDouble,
  type DoubleOverHttp,
} from "./helpers/double-over-http.js";
import { sendDelivery, type Delivery } from "./helpers/send-delivery.js";
import {
  spawnServer,
  type LogLine,
  type ServerProcess,
} from "./helpers/spawn-server.js";
import { notesOn, openTask, taskDouble } from "./helpers/task-double.js";
import { testPrivateKey, WEBHOOK_SECRET } from "./helpers/test-settings.js";

let redis: RedisServer;
let github: DoubleOverHttp;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop("SIGKILL")));
  await github?.close();
  await redis?.stop();
});

const doneLines = (lines: LogLine[]) =>
  lines.filter((line) => line.msg === "job done");

it(
  "two server processes sharing REDIS_URL handle every delivery once, and share GitHub's rate limits",
  { timeout: 60_000 },
  async () => {
    const double = taskDouble();
    github = await serveDouble(double);
    const env = {
      APP_ID: String(double.world.app.id),
      PRIVATE_KEY: testPrivateKey(),
      WEBHOOK_SECRET,
      REDIS_URL: redis.url,
      GHE_HOST: github.host,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "info",
    };
    servers.push(
      ...(await Promise.all([spawnServer({ env }), spawnServer({ env })])),
    );

    // Two SOP tasks (each leaves a capture note) and four other issues, each opened and then commented on.
    const tasks: Delivery[][] = [[openTask(double)], [openTask(double)]];
    for (let i = 0; i < 4; i++) {
      const opened = double.openIssue({
        title: `Printer ${i} is jammed`,
        body: "It blinks red.",
        author: OPERATOR,
      });
      const issue = (opened.payload as { issue: { number: number } }).issue
        .number;
      tasks.push([
        opened,
        double.comment({ issue, author: OPERATOR, body: "Any news?" }),
      ]);
    }
    const deliveries = tasks.flat();
    // Like a load balancer: each delivery goes to either process; a task's deliveries go in order.
    let turn = 0;
    const answers = await Promise.all(
      tasks.map(async (events) => {
        const statuses: number[] = [];
        for (const delivery of events)
          statuses.push(
            (
              await sendDelivery({
                url: servers[turn++ % 2]?.url ?? "",
                secret: WEBHOOK_SECRET,
                delivery,
              })
            ).status,
          );
        return statuses;
      }),
    );
    // A redelivery of the first task's event, to the other process than the first time.
    const redelivered = await sendDelivery({
      url: servers[1]?.url ?? "",
      secret: WEBHOOK_SECRET,
      delivery: deliveries[0] as Delivery,
    });
    expect(answers.flat().concat(redelivered.status)).toEqual(
      deliveries.map(() => 200).concat(200),
    );

    const handled = () => servers.flatMap((server) => doneLines(server.lines));
    await waitUntil({
      what: `${deliveries.length} handled deliveries`,
      timeoutMs: 40_000,
      condition: () =>
        new Set(handled().map((line) => line.delivery)).size ===
        deliveries.length,
    });
    const health = await Promise.all(
      servers.map(async (server) =>
        (await fetch(`${server.url}/healthz`)).json(),
      ),
    );
    expect(
      await Promise.all(servers.map((server) => server.stop("SIGTERM"))),
    ).toEqual([0, 0]);

    // Every delivery once, the redelivery included, and none failed.
    expect(
      handled()
        .map((line) => line.delivery)
        .sort(),
    ).toEqual(deliveries.map((delivery) => delivery.id).sort());
    const all = servers.flatMap((server) => server.lines);
    expect(
      all.filter(
        (line) => line.msg === "job failed" || (line.level as number) >= 50,
      ),
    ).toEqual([]);
    // Both processes took webhooks and queued them with the delivery and task on the line.
    for (const server of servers) {
      const queued = server.lines.filter(
        (line) => line.msg === "webhook accepted",
      );
      expect(queued.length).toBeGreaterThan(0);
      for (const line of queued)
        expect(line).toMatchObject({
          delivery: expect.any(String),
          task: expect.stringMatching(/^acme\/docs#\d+$/),
        });
    }
    // The work's own lines carry the delivery and the task too, whichever process ran it.
    const outcomes = all.filter((line) => / waits: /.test(line.msg ?? ""));
    expect(outcomes.map((line) => line.delivery).sort()).toEqual(
      tasks
        .slice(0, 2)
        .map((events) => events[0]?.id)
        .sort(),
    );
    for (const line of outcomes) expect(line.task).toEqual(expect.anything());
    // What GitHub shows: one capture note per SOP task, nothing on the other issues.
    expect([1, 2, 3, 4, 5, 6].map((issue) => notesOn(double, issue))).toEqual([
      ["capture:1"],
      ["capture:1"],
      [],
      [],
      [],
      [],
    ]);
    expect(health).toEqual(
      [0, 1].map(() => ({
        status: "ok",
        queue: expect.objectContaining({ ok: true, kind: "redis" }),
      })),
    );
    // Probot's throttle keeps its state in the same Redis: the processes space their comments as one client
    // would (3 s apart: GitHub's limit on content that notifies people), whichever process posts them.
    const client = new Redis(redis.url);
    const throttleKeys = await client.keys("b_octokit-notifications-*");
    await client.quit();
    expect(throttleKeys.length).toBeGreaterThan(0);
    const comments = github.requests
      .filter((r) => r.method === "POST" && r.path.endsWith("/comments"))
      .map((r) => r.at);
    expect(comments).toHaveLength(2);
    expect((comments[1] as number) - (comments[0] as number)).toBeGreaterThan(
      2_500,
    );
    double.assertValid();
  },
);
