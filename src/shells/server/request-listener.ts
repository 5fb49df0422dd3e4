import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "probot";
import type { PendingAnswers } from "./pending-answers.js";
import type { QueueHealth } from "./server-queue.js";

/** Probot's Node middleware: verifies and receives the webhooks on its path, calls `next` for any other. */
export type WebhookMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (err?: Error) => void,
) => boolean | void | Promise<void | boolean>;

export const HEALTH_PATH = "/healthz";

export interface RequestListenerParams {
  webhooks: WebhookMiddleware;
  health: () => Promise<QueueHealth>;
  /** True once shutdown began: the server answers 503 and closes each connection. */
  stopping: () => boolean;
  /** Where requests that may be webhooks are counted until answered. */
  pending: PendingAnswers;
  log: Logger;
}

/** The server's routes: the health endpoint, Probot's webhook endpoint, 404 for the rest. */
export function createRequestListener(
  params: RequestListenerParams,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    route(params, request, response).catch((error: unknown) => {
      params.log.error(
        { err: error, method: request.method, url: request.url },
        "request failed",
      );
      if (!response.headersSent)
        sendJson(response, 500, { error: "Internal error" });
      else response.end();
    });
  };
}

async function route(
  params: RequestListenerParams,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = (request.url ?? "/").split("?")[0];
  if (params.stopping()) {
    // Load balancers take the 503 as "not ready"; closing the connection lets the server finish closing.
    response.setHeader("connection", "close");
    sendJson(
      response,
      503,
      path === HEALTH_PATH
        ? { status: "stopping" }
        : { error: "The server is shutting down" },
    );
    return;
  }
  if (
    path === HEALTH_PATH &&
    (request.method === "GET" || request.method === "HEAD")
  ) {
    const queue = await params.health();
    sendJson(response, queue.ok ? 200 : 503, {
      status: queue.ok ? "ok" : "unavailable",
      queue,
    });
    return;
  }
  params.pending.track(response);
  await params.webhooks(request, response, () =>
    sendJson(response, 404, {
      error: `Unknown route: ${request.method} ${path}`,
    }),
  );
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: object,
): void {
  response
    .writeHead(status, {
      "content-type": "application/json",
      "cache-control": "no-store",
    })
    .end(`${JSON.stringify(body)}\n`);
}
