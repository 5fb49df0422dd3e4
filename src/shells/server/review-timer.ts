import type { Logger } from "probot";
import { messageOf } from "../../core/message-of.js";

export interface ReviewTimer {
  stop(): void;
}

/** The first scan waits this long after start, so a restart loop does not scan in a loop. */
export const FIRST_SCAN_DELAY_MS = 5 * 60_000;

/**
 * Runs `scan` once shortly after start and then every `everyMs`, never two
 * at once (a slow scan makes the next tick skip). A failing scan is logged
 * and the timer goes on: the scan is idempotent, the next one catches up.
 * The timer never keeps the process alive on its own.
 */
export function startReviewTimer(input: {
  everyMs: number;
  scan: () => Promise<unknown>;
  log: Logger;
  firstDelayMs?: number;
  /** Injected in tests; Node's timers by default. */
  timers?: {
    setTimeout: typeof setTimeout;
    setInterval: typeof setInterval;
    clearTimeout: typeof clearTimeout;
    clearInterval: typeof clearInterval;
  };
}): ReviewTimer {
  const timers = input.timers ?? {
    setTimeout,
    setInterval,
    clearTimeout,
    clearInterval,
  };
  let running = false;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = true;
    input
      .scan()
      .catch((error: unknown) =>
        input.log.error(
          { err: error },
          `The scheduled review scan failed: ${messageOf(error)}`,
        ),
      )
      .finally(() => (running = false));
  };
  let interval: ReturnType<typeof setInterval> | undefined;
  const first = timers.setTimeout(() => {
    tick();
    interval = timers.setInterval(tick, input.everyMs);
    interval.unref?.();
  }, input.firstDelayMs ?? FIRST_SCAN_DELAY_MS);
  first.unref?.();
  return {
    stop() {
      stopped = true;
      timers.clearTimeout(first);
      if (interval) timers.clearInterval(interval);
    },
  };
}
