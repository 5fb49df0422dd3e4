/** What one App server accepts from the network before a delivery's signature is known. */
export interface ServerLimits {
  /** Larger bodies are refused with 413, by Content-Length before reading and by counting while reading. */
  maxBodyBytes: number;
  /** Headers not complete by then: the connection is answered 408 and closed. */
  headersTimeoutMs: number;
  /** A request (headers and body) not complete by then: likewise. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections past this are closed as they arrive. */
  maxConnections: number;
}

export const SERVER_LIMITS: ServerLimits = {
  // GitHub caps a webhook payload at 25 MB; anything larger is not GitHub.
  maxBodyBytes: 25 * 1024 * 1024,
  // GitHub gives up on a delivery after 10 s: a request slower than that is not worth holding.
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
};
