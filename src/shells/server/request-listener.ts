import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "probot";
import type { PendingAnswers } from "./pending-answers.js";
import { readLimitedBody } from "./read-limited-body.js";
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
  /** A larger body is refused with 413 before its signature could be checked. */
  maxBodyBytes: number;
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
  const body = await readLimitedBody(request, params.maxBodyBytes);
  if (body.kind === "aborted") return;
  if (body.kind === "too-large") {
    refuseTooLarge(request, response, params.maxBodyBytes);
    return;
  }
  // Probot's middleware takes a body read already (as from a body parser), so the 9 s after which it
  // answers "still processing" only start once the whole body is here and its signature can be checked.
  Object.assign(request, { body: {}, rawBody: body.body });
  params.pending.track(response);
  await params.webhooks(request, response, () =>
    sendJson(response, 404, {
      error: `Unknown route: ${request.method} ${path}`,
    }),
  );
}

// Closing at once would reset a connection the client is still sending on, losing the 413 it was sent.
const lingerMs = 1_000;

/** 413, then the rest of the body is discarded as it comes, and the connection is cut a moment later. */
function refuseTooLarge(
  request: IncomingMessage,
  response: ServerResponse,
  maxBytes: number,
): void {
  request.resume();
  response.once("finish", () =>
    setTimeout(() => request.socket.destroy(), lingerMs).unref(),
  );
  sendJson(response, 413, {
    error: `Unexpected body over ${maxBytes} bytes, expected a webhook payload of at most that`,
  });
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
