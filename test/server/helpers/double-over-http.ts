import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { GitHubDouble } from "../../support/github-double/github-double.js";

export interface DoubleRequest {
  method: string;
  path: string;
  /** performance.now() when the request arrived. */
  at: number;
}

export interface DoubleOverHttp {
  /** For GHE_HOST: the server processes reach GitHub at http://<host>/api/v3. */
  host: string;
  requests: DoubleRequest[];
  close(): Promise<void>;
}

const apiPrefix = "/api/v3";

/**
 * The GitHub double on a loopback port, as a GitHub Enterprise Server's API
 * (GHE_HOST, GHE_PROTOCOL=http), for server processes that cannot share the
 * test's memory. Every request still goes through the double's contract checks.
 */
export async function serveDouble(
  double: GitHubDouble,
): Promise<DoubleOverHttp> {
  const requests: DoubleRequest[] = [];
  const server = createServer((request, response) => {
    const at = performance.now();
    const path = (request.url ?? "/").startsWith(apiPrefix)
      ? (request.url ?? "/").slice(apiPrefix.length)
      : (request.url ?? "/");
    requests.push({ method: request.method ?? "GET", path, at });
    forward(double, request, path)
      .then(async (answer) => {
        const headers = Object.fromEntries(answer.headers);
        delete headers["content-encoding"];
        delete headers["content-length"];
        response
          .writeHead(answer.status, headers)
          .end(Buffer.from(await answer.arrayBuffer()));
      })
      .catch((error: unknown) =>
        response
          .writeHead(500, { "content-type": "application/json" })
          .end(JSON.stringify({ message: String(error) })),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function forward(
  double: GitHubDouble,
  request: IncomingMessage,
  path: string,
): Promise<Response> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === "string") headers.set(name, value);
  const method = request.method ?? "GET";
  const body =
    method === "GET" || method === "HEAD" || chunks.length === 0
      ? undefined
      : Buffer.concat(chunks);
  return double.fetch(`https://api.github.com${path}`, {
    method,
    headers,
    body,
  });
}
