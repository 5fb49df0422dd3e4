import { setTimeout as sleep } from "node:timers/promises";

/** Polls until the condition holds; fails naming what never happened. */
export async function waitUntil(params: {
  what: string;
  timeoutMs: number;
  condition: () => boolean | Promise<boolean>;
}): Promise<void> {
  const deadline = Date.now() + params.timeoutMs;
  while (!(await params.condition())) {
    if (Date.now() > deadline)
      throw new Error(
        `Unexpected timeout after ${params.timeoutMs} ms, expected ${params.what}`,
      );
    await sleep(10);
  }
}
