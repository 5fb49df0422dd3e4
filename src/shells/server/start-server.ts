import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createNodeMiddleware,
  Probot,
  type Logger,
  type ProbotOctokit,
} from "probot";
import { createApp, type AppOptions } from "../app/app.js";
import { closeHttpServer } from "./close-http-server.js";
import type { ServerEnv } from "./read-server-env.js";
import { createPendingAnswers } from "./pending-answers.js";
import { createRequestListener } from "./request-listener.js";
import { SERVER_LIMITS, type ServerLimits } from "./server-limits.js";
import {
  createServerQueue,
  type QueueHealth,
  type ServerQueue,
} from "./server-queue.js";
import { messageOf } from "../../core/message-of.js";
import { startReviewTimer } from "./review-timer.js";
import { scanInstallations } from "./scan-installations.js";

export interface StartServerOptions {
  settings: ServerEnv;
  /** What the app reads model keys and SOPFLOW_BOT_LOGIN from (default: process.env). */
  appEnv?: Record<string, string | undefined>;
  /** The model for a task's config (default: chosen from the config and appEnv); benches stub it. */
  modelFor?: AppOptions["modelFor"];
  /** Probot's Octokit class and HTTP layer: tests send GitHub's side to a double with them. */
  Octokit?: typeof ProbotOctokit;
  request?: { fetch: typeof fetch };
  /** Tests shorten them (default: SERVER_LIMITS). */
  limits?: Partial<ServerLimits>;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  port: number;
  log: Logger;
  health(): Promise<QueueHealth>;
  /**
   * Stop answering webhooks, then close the queue: by default waiting for
   * the running jobs; `waitForJobs: false` abandons them (benches). Later calls return the first one's promise.
   */
  stop(options?: { waitForJobs?: boolean }): Promise<void>;
}

// GitHub waits 10 s for an answer: a request still open after that is not worth waiting for.
const requestGraceMs = 10_000;
// A job starts once webhooks have been answered and none came for a moment, or after a second at most.
const answersFirst = { quietMs: 50, maxWaitMs: 1_000 };

/**
 * The self-hosted App: Probot's webhook endpoint (signature verified by
 * Probot) and a health endpoint on one HTTP server. A webhook is only routed
 * and queued before it is answered; the work runs from the queue.
 */
export async function startServer(
  options: StartServerOptions,
): Promise<RunningServer> {
  const { settings } = options;
  const limits = { ...SERVER_LIMITS, ...options.limits };
  const probot = new Probot({
    appId: settings.appId,
    privateKey: settings.privateKey,
    secret: settings.webhookSecret,
    webhookPath: settings.webhookPath,
    // Probot's throttle then keeps its rate-limit state in Redis, shared by every replica.
    redisConfig: settings.redisUrl,
    logLevel: settings.logLevel,
    logFormat: settings.logFormat,
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    ...(options.Octokit ? { Octokit: options.Octokit } : {}),
    ...(options.request ? { request: options.request } : {}),
  });
  try {
    await probot.ready();
  } catch (error) {
    throw new Error(`Could not start Probot: ${messageOf(error)}`, {
      cause: error,
    });
  }
  const log = probot.log.child({ name: "server" });
  const pending = createPendingAnswers(answersFirst);
  const queue = createServerQueue({
    redisUrl: settings.redisUrl,
    log: probot.log,
    beforeJob: pending.settled,
  });
  let stopping = false;
  let server: Server;
  try {
    const webhooks = await createNodeMiddleware(
      createApp({
        queue: queue.queue,
        modelFor: options.modelFor,
        env: options.appEnv,
      }),
      { probot },
    );
    server = createServer(
      {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        // Node checks the two timeouts above only this often (30 s by default).
        connectionsCheckingInterval: Math.min(
          1_000,
          limits.headersTimeoutMs / 2,
        ),
      },
      createRequestListener({
        webhooks,
        health: queue.health,
        stopping: () => stopping,
        pending,
        maxBodyBytes: limits.maxBodyBytes,
        log,
      }),
    );
    server.maxConnections = limits.maxConnections;
    await listen({ server, port: settings.port, host: settings.host });
  } catch (error) {
    await queue.close();
    throw new Error(
      `Could not start the App server on port ${settings.port}: ${messageOf(error)}`,
      { cause: error },
    );
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${settings.host ?? "localhost"}:${port}`;
  log.info(
    {
      port,
      queue: settings.redisUrl ? "redis" : "memory",
      webhookPath: settings.webhookPath,
    },
    `Listening on ${url}`,
  );
  // Review issues for every installation, daily by default (SOPFLOW_REVIEW_SCAN_HOURS; 0 turns it off).
  const hours = settings.reviewScanHours ?? 0;
  const timer =
    hours > 0
      ? startReviewTimer({
          everyMs: hours * 3_600_000,
          scan: () =>
            scanInstallations({
              probot,
              today: new Date().toISOString().slice(0, 10),
              log,
            }),
          log,
        })
      : null;
  let stopped: Promise<void> | undefined;
  const begin = () => {
    stopping = true;
    timer?.stop();
  };
  return {
    url,
    port,
    log,
    health: queue.health,
    stop: (stopOptions) =>
      (stopped ??= stop({
        server,
        queue,
        log,
        waitForJobs: stopOptions?.waitForJobs ?? true,
        begin,
      })),
  };
}

function listen(input: {
  server: Server;
  port: number;
  host: string | undefined;
}): Promise<void> {
  return new Promise((resolve, reject) => {
    input.server.once("error", reject);
    input.server.listen({ port: input.port, host: input.host }, () => {
      input.server.off("error", reject);
      resolve();
    });
  });
}

async function stop(input: {
  server: Server;
  queue: ServerQueue;
  log: Logger;
  waitForJobs: boolean;
  begin: () => void;
}): Promise<void> {
  const { log } = input;
  input.begin();
  log.info("Stopping: no new webhooks");
  await closeHttpServer({ server: input.server, graceMs: requestGraceMs });
  const closing = input.queue.close();
  if (!input.waitForJobs) {
    closing.catch((error: unknown) =>
      log.error({ err: error }, "Queue did not close"),
    );
    log.warn("Stopped without waiting for running jobs");
    return;
  }
  log.info("Waiting for running jobs");
  await closing;
  log.info("Stopped");
}
