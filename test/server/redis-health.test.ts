import { afterAll, expect, it } from "vitest";
import { createOfflineModel } from "../../src/model/offline/offline-model.js";
import {
  startServer,
  type RunningServer,
} from "../../src/shells/server/start-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { QuietOctokit } from "./helpers/quiet-octokit.js";
import { taskDouble } from "./helpers/task-double.js";
import { testSettings } from "./helpers/test-settings.js";

let redis: RedisServer | undefined;
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop({ waitForJobs: false });
  await redis?.stop();
});

it("answers /healthz 200 while Redis answers, and 503 naming Redis once it is gone", async () => {
  redis = await startRedisServer();
  const double = taskDouble();
  server = await startServer({
    settings: testSettings({ appId: double.world.app.id, redisUrl: redis.url }),
    appEnv: {},
    modelFor: () => createOfflineModel(),
    Octokit: QuietOctokit,
    request: { fetch: double.fetch },
  });

  const up = await fetch(`${server.url}/healthz`);
  expect(up.status).toBe(200);
  expect(await up.json()).toEqual({
    status: "ok",
    queue: { ok: true, kind: "redis", running: 0, done: 0, errors: 0 },
  });

  await redis.stop();
  const down = await fetch(`${server.url}/healthz`);
  expect(down.status).toBe(503);
  expect(await down.json()).toEqual({
    status: "unavailable",
    queue: {
      ok: false,
      kind: "redis",
      running: 0,
      done: 0,
      errors: 0,
      problem: expect.stringMatching(/^Redis: /),
    },
  });
});
