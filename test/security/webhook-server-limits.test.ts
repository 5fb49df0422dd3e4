import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createOfflineModel } from "../../src/model/offline/offline-model.js";
import {
  SERVER_LIMITS,
  type ServerLimits,
} from "../../src/shells/server/server-limits.js";
import {
  startServer,
  type RunningServer,
} from "../../src/shells/server/start-server.js";
import { QuietOctokit } from "../server/helpers/quiet-octokit.js";
import {
  prepareDelivery,
  sendDelivery,
} from "../server/helpers/send-delivery.js";
import { openTask, taskDouble } from "../server/helpers/task-double.js";
import {
  testSettings,
  WEBHOOK_SECRET,
} from "../server/helpers/test-settings.js";

// Break 7: a 64 MiB unsigned body was read whole before its signature was checked, and a body that
// never finished got `202 Accepted` after 9 s, its socket kept open. Everything here runs against the
// real HTTP server on loopback, through raw sockets, so the client sends exactly what an attacker would.

const MiB = 1024 * 1024;
const running: RunningServer[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(
    running.splice(0).map((server) => server.stop({ waitForJobs: false })),
  );
});

async function server(limits?: Partial<ServerLimits>): Promise<{
  url: string;
  port: number;
}> {
  const double = taskDouble();
  const started = await startServer({
    settings: testSettings({ appId: double.world.app.id }),
    appEnv: {},
    modelFor: () => createOfflineModel(),
    Octokit: QuietOctokit,
    request: { fetch: double.fetch },
    ...(limits ? { limits } : {}),
  });
  running.push(started);
  return started;
}

interface Exchange {
  socket: Socket;
  /** Resolves with what the server sent, once it closed the connection (or after `ms`). */
  answer(ms: number): Promise<{ text: string; closed: boolean; ms: number }>;
}

/** Opens a raw connection and sends `head` (request line and headers) as is. */
function open(port: number, head: string): Exchange {
  const socket = connect({ port, host: "127.0.0.1" });
  sockets.push(socket);
  const started = performance.now();
  let text = "";
  let closed = false;
  socket.setEncoding("latin1");
  socket.on("data", (chunk: string) => (text += chunk));
  socket.on("error", () => undefined);
  const ended = new Promise<void>((resolve) =>
    socket.on("close", () => {
      closed = true;
      resolve();
    }),
  );
  socket.write(head);
  return {
    socket,
    answer: async (ms) => {
      await Promise.race([ended, new Promise((r) => setTimeout(r, ms))]);
      return { text, closed, ms: performance.now() - started };
    },
  };
}

/** A webhook request's head as GitHub sends it, unsigned, with the given length header. */
function webhookHead(length: string): string {
  const { headers } = prepareDelivery({
    secret: null,
    delivery: { id: "d-1", name: "issues", payload: {} },
  });
  return (
    "POST /api/github/webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
    Object.entries({ ...headers, "x-hub-signature-256": "sha256=00" })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join("") +
    `${length}\r\n\r\n`
  );
}

const status = (text: string): number =>
  Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);

const isSuccess = (code: number): boolean => code >= 200 && code < 300;

describe("webhook server limits", () => {
  it("refuses a body announced over 25 MiB with 413 before reading any of it", async () => {
    const { port } = await server();
    const exchange = open(port, webhookHead(`content-length: ${64 * MiB}`));
    // Sent at once, as clients do: the answer must survive the body still arriving.
    exchange.socket.write(Buffer.alloc(2 * MiB, 0x20));
    const { text, closed } = await exchange.answer(5_000);
    expect(status(text)).toBe(413);
    expect(closed).toBe(true);
  });

  it("counts while streaming: a chunked body past 25 MiB gets 413 and the connection is closed", async () => {
    const { port } = await server();
    const exchange = open(port, webhookHead("transfer-encoding: chunked"));
    const chunk = Buffer.alloc(MiB, 0x20);
    let sent = 0;
    while (sent < 40 * MiB && exchange.socket.writable) {
      const { text } = await exchange.answer(0);
      if (text !== "") break;
      const flushed = exchange.socket.write(
        Buffer.concat([
          Buffer.from(`${chunk.length.toString(16)}\r\n`),
          chunk,
          Buffer.from("\r\n"),
        ]),
      );
      sent += chunk.length;
      if (!flushed)
        await Promise.race([
          new Promise((r) => exchange.socket.once("drain", r)),
          new Promise((r) => setTimeout(r, 200)),
        ]);
    }
    const { text, closed } = await exchange.answer(5_000);
    expect(status(text)).toBe(413);
    expect(closed).toBe(true);
    expect(sent).toBeLessThan(40 * MiB);
  });

  it("a body that never completes gets no 2xx: the request times out and its socket is closed", async () => {
    const { port } = await server({
      requestTimeoutMs: 1_000,
      headersTimeoutMs: 1_000,
    });
    const exchange = open(port, webhookHead("content-length: 1000"));
    exchange.socket.write('{"action":"opened"');
    const { text, closed, ms } = await exchange.answer(12_000);
    expect(isSuccess(status(text))).toBe(false);
    expect(closed).toBe(true);
    expect(ms).toBeLessThan(8_000);
  });

  it("headers that never complete are cut at the headers timeout", async () => {
    const { port } = await server({
      requestTimeoutMs: 1_000,
      headersTimeoutMs: 500,
    });
    const exchange = open(
      port,
      "POST /api/github/webhooks HTTP/1.1\r\nHost: x\r\n",
    );
    const { text, closed, ms } = await exchange.answer(8_000);
    expect(isSuccess(status(text))).toBe(false);
    expect(closed).toBe(true);
    expect(ms).toBeLessThan(5_000);
  });

  it("caps the connections it holds: past the cap a new connection is closed at once", async () => {
    const { port } = await server({ maxConnections: 3 });
    const held = [1, 2, 3].map(() => open(port, "POST /api/github/web"));
    await Promise.all(held.map((e) => e.answer(200)));
    const extra = open(port, "");
    const { closed } = await extra.answer(3_000);
    expect(closed).toBe(true);
    for (const e of held) expect((await e.answer(0)).closed).toBe(false);
  });

  it("ships with header, request and keep-alive timeouts, a connection cap and a 25 MiB body limit", () => {
    expect(SERVER_LIMITS.maxBodyBytes).toBe(25 * MiB);
    expect(SERVER_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(SERVER_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(SERVER_LIMITS.keepAliveTimeoutMs).toBeGreaterThan(0);
    expect(SERVER_LIMITS.maxConnections).toBeGreaterThan(0);
  });

  it("a signed delivery of ordinary size is still answered 200", async () => {
    const double = taskDouble();
    const started = await startServer({
      settings: testSettings({ appId: double.world.app.id }),
      appEnv: {},
      modelFor: () => createOfflineModel(),
      Octokit: QuietOctokit,
      request: { fetch: double.fetch },
    });
    running.push(started);
    const sent = await sendDelivery({
      url: started.url,
      secret: WEBHOOK_SECRET,
      delivery: openTask(double),
    });
    expect(sent.status).toBe(200);
  });
});
