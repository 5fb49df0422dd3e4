import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import type { GitHubDouble } from "../support/github-double/github-double.js";

/** The GitHub double over loopback HTTP, for a process of its own (the bundled Action) to call. */
export async function serveDouble(
  double: GitHubDouble,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    forward(double, req, res).catch((error: unknown) => {
      // The double throws on a contract violation (and records it): the caller sees a 500.
      res.writeHead(500, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}

async function forward(
  double: GitHubDouble,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (typeof value === "string") headers.set(name, value);
  const body =
    chunks.length && req.method !== "GET" && req.method !== "HEAD"
      ? Buffer.concat(chunks)
      : undefined;
  const response = await double.fetch(
    `http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`,
    { method: req.method, headers, body },
  );
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
