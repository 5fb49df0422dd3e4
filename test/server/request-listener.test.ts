import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "probot";
import { afterEach, expect, it } from "vitest";
import { createPendingAnswers } from "../../src/shells/server/pending-answers.js";
import {
  createRequestListener,
  type WebhookMiddleware,
} from "../../src/shells/server/request-listener.js";
import type { QueueHealth } from "../../src/shells/server/server-queue.js";
import { SERVER_LIMITS } from "../../src/shells/server/server-limits.js";

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

async function serve(input: {
  webhooks: WebhookMiddleware;
  health?: QueueHealth;
  stopping?: boolean;
}) {
  const errors: unknown[] = [];
  const log = {
    error: (fields: unknown) => errors.push(fields),
  } as unknown as Logger;
  const health = input.health ?? {
    ok: true,
    kind: "memory",
    running: 1,
    done: 2,
    errors: 0,
  };
  const server = createServer(
    createRequestListener({
      webhooks: input.webhooks,
      health: async () => health,
      stopping: () => input.stopping ?? false,
      pending: createPendingAnswers({ quietMs: 0, maxWaitMs: 1000 }),
      maxBodyBytes: SERVER_LIMITS.maxBodyBytes,
      log,
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    errors,
  };
}

const webhookPost = {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: "{}",
};

it("answers /healthz with the queue's state: 200 when usable, 503 when not", async () => {
  const up = await serve({ webhooks: () => false });
  const down = await serve({
    webhooks: () => false,
    health: {
      ok: false,
      kind: "redis",
      running: 0,
      done: 0,
      errors: 0,
      problem: "Redis: Connection is closed.",
    },
  });

  const ok = await fetch(`${up.url}/healthz`);
  const unavailable = await fetch(`${down.url}/healthz?probe=lb`);

  expect([ok.status, ok.headers.get("cache-control")]).toEqual([
    200,
    "no-store",
  ]);
  expect(await ok.json()).toEqual({
    status: "ok",
    queue: { ok: true, kind: "memory", running: 1, done: 2, errors: 0 },
  });
  expect(unavailable.status).toBe(503);
  expect(await unavailable.json()).toMatchObject({
    status: "unavailable",
    queue: { problem: "Redis: Connection is closed." },
  });
});

it("passes other requests to Probot's middleware, and answers 404 when it does not take them", async () => {
  const seen: string[] = [];
  const { url } = await serve({
    webhooks: (request, _response, next) => {
      seen.push(`${request.method} ${request.url}`);
      next?.();
    },
  });

  const response = await fetch(`${url}/api/github/webhooks`, webhookPost);

  expect(seen).toEqual(["POST /api/github/webhooks"]);
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({
    error: "Unknown route: POST /api/github/webhooks",
  });
});

it("while stopping, answers 503 and closes the connection, without handing webhooks on", async () => {
  let handed = 0;
  const { url } = await serve({
    webhooks: () => {
      handed += 1;
    },
    stopping: true,
  });

  const health = await fetch(`${url}/healthz`);
  const webhook = await fetch(`${url}/api/github/webhooks`, webhookPost);

  expect([health.status, health.headers.get("connection")]).toEqual([
    503,
    "close",
  ]);
  expect(await health.json()).toEqual({ status: "stopping" });
  expect(webhook.status).toBe(503);
  expect(handed).toBe(0);
});

it("answers 500 and logs the error when the middleware throws", async () => {
  const { url, errors } = await serve({
    webhooks: () => Promise.reject(new Error("queue unreachable")),
  });

  const response = await fetch(`${url}/api/github/webhooks`, webhookPost);

  expect(response.status).toBe(500);
  expect(errors).toEqual([
    expect.objectContaining({
      err: new Error("queue unreachable"),
      method: "POST",
      url: "/api/github/webhooks",
    }),
  ]);
});
