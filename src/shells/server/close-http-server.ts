import type { Server } from "node:http";

const sweepEveryMs = 100;

/**
 * Stops listening and resolves once every connection has ended: idle
 * keep-alive connections are closed as soon as they fall idle, so a request
 * in flight still gets its answer; after `graceMs` the rest are cut.
 */
export async function closeHttpServer(input: {
  server: Server;
  graceMs: number;
}): Promise<void> {
  const { server } = input;
  if (!server.listening) return;
  const closed = new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
  const sweep = setInterval(
    () => server.closeIdleConnections(),
    sweepEveryMs,
  ).unref();
  const cut = setTimeout(
    () => server.closeAllConnections(),
    input.graceMs,
  ).unref();
  server.closeIdleConnections();
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(cut);
  }
}
