// A loopback stand-in for an OpenAI-compatible chat completions endpoint: it
// replays scripted responses in order and records every request, so tests run
// the real openai client (retries, timeouts, parsing) against known answers.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as it is. */
  body?: unknown;
  delayMs?: number;
  /** Never answer (until the server closes). */
  hang?: boolean;
  /** Stay at the head of the queue: every later request gets this answer too. */
  forever?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: unknown;
}

export interface ChatServer {
  /** e.g. http://127.0.0.1:40123/v1 — give it to the client as baseURL. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Scripted responses not yet served (a `forever` one counts as served once used). */
  pending(): number;
  close(): Promise<void>;
}

const COMPLETIONS_PATH = /^\/(?:[\w-]+\/)*chat\/completions$/;

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function send(res: http.ServerResponse, scripted: ScriptedResponse): void {
  const raw =
    typeof scripted.body === "string"
      ? scripted.body
      : JSON.stringify(scripted.body ?? {});
  res.writeHead(scripted.status ?? 200, {
    "content-type": "application/json",
    ...scripted.headers,
  });
  res.end(raw);
}

/** Starts the server on 127.0.0.1 with a free port and the given script. */
export async function startChatServer(
  script: ScriptedResponse[],
): Promise<ChatServer> {
  const queue = [...script];
  let usedForever = false;
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0] ?? "";
      requests.push({
        method: req.method ?? "",
        path,
        headers: req.headers,
        body: parseBody(Buffer.concat(chunks).toString("utf8")),
      });
      if (req.method !== "POST" || !COMPLETIONS_PATH.test(path)) {
        send(res, {
          status: 404,
          body: {
            error: {
              message: `Unexpected ${req.method} ${path}, expected POST …/chat/completions`,
              type: "invalid_request_error",
              param: null,
              code: "unknown_url",
            },
          },
        });
        return;
      }
      const head = queue[0];
      if (!head) {
        send(res, {
          status: 418,
          headers: { "x-should-retry": "false" },
          body: {
            error: {
              message:
                "Unexpected request, expected none: the script is used up",
              type: "test_error",
              param: null,
              code: null,
            },
          },
        });
        return;
      }
      if (head.forever) usedForever = true;
      else queue.shift();
      if (head.hang) return;
      setTimeout(() => send(res, head), head.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    pending: () => queue.length - (usedForever && queue[0]?.forever ? 1 : 0),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
