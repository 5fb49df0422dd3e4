import type { IncomingMessage } from "node:http";

export type LimitedBody =
  { kind: "read"; body: Buffer } | { kind: "too-large" } | { kind: "aborted" };

/**
 * A request's body, read whole only while it stays within `maxBytes`: an
 * announced Content-Length over it is refused before a byte is read, and
 * the count is kept while reading, for chunked bodies and lying headers.
 */
export function readLimitedBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<LimitedBody> {
  const announced = Number(request.headers["content-length"] ?? 0);
  if (!Number.isFinite(announced) || announced > maxBytes)
    return Promise.resolve({ kind: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: LimitedBody): void => {
      request.off("data", onData).off("end", onEnd).off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else finish({ kind: "too-large" });
    };
    const onEnd = (): void =>
      finish({ kind: "read", body: Buffer.concat(chunks, size) });
    const onClose = (): void => finish({ kind: "aborted" });
    request.on("data", onData).on("end", onEnd).on("close", onClose);
    request.on("error", () => undefined);
  });
}
