import { Redis } from "ioredis";
import { messageOf } from "../../core/message-of.js";

export type RedisCheck = { ok: true } | { ok: false; problem: string };

export interface RedisProbe {
  /** One PING, answered within a second or counted as a failure. */
  check(): Promise<RedisCheck>;
  close(): Promise<void>;
}

const answerWithinMs = 1000;

/** A connection of its own for the health endpoint, so a probe never waits behind the queue's blocking commands. */
export function createRedisProbe(url: string): RedisProbe {
  // One retry per command keeps probes from piling up while Redis is away; the timeout bounds each probe.
  const client = new Redis(url, {
    commandTimeout: answerWithinMs,
    maxRetriesPerRequest: 1,
  });
  // Connection errors are what the probe reports; without a listener ioredis would print each retry.
  client.on("error", () => undefined);
  return {
    async check() {
      try {
        await client.ping();
        return { ok: true };
      } catch (error) {
        return {
          ok: false,
          problem: messageOf(error),
        };
      }
    },
    async close() {
      try {
        await client.quit();
      } catch {
        // Already disconnected: nothing is left to close.
        client.disconnect();
      }
    },
  };
}
