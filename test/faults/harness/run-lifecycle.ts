import type { EmitterWebhookEvent } from "@octokit/webhooks";
import type { GitHubDouble } from "../../support/github-double/github-double.js";
import { LIFECYCLE } from "../../app/lifecycle-events.js";
import {
  crashingFetch,
  type CrashPlan,
  type WriteCounter,
} from "./crash-fetch.js";
import { freshProbot } from "./fresh-probot.js";
import { taskDouble } from "./task-double.js";

export interface LifecycleRun {
  double: GitHubDouble;
  /** GitHub writes made by every process of the run. */
  writes: number;
  /** Deliveries made, redeliveries included. */
  deliveries: number;
  /** Handler errors that no crash explains, with the event they came from. */
  errors: string[];
}

/** Redeliveries of one event before the harness calls the task stuck. */
const MAX_REDELIVERIES = 3;

/**
 * The full lifecycle of test/app/lifecycle-events.ts, every delivery to a
 * fresh process. With a crash plan, the process dies at that write; the
 * same delivery then arrives again at a fresh process (a queue retry, or
 * GitHub's "Redeliver" button), as many times as it takes.
 */
export async function runLifecycle(
  plan: CrashPlan | null = null,
): Promise<LifecycleRun> {
  const double = taskDouble();
  const counter: WriteCounter = { writes: 0 };
  const errors: string[] = [];
  let deliveries = 0;
  for (const { step, act } of LIFECYCLE) {
    const event = act(double) as EmitterWebhookEvent;
    for (let attempt = 1; ; attempt++) {
      const way = crashingFetch({ double, counter, plan });
      const probot = await freshProbot({ double, fetch: way.fetch });
      deliveries += 1;
      try {
        await probot.receive(event);
      } catch (error) {
        if (!way.died())
          errors.push(
            `${step}: ${error instanceof Error ? error.message : String(error)}`,
          );
      }
      if (!way.died()) break;
      if (attempt > MAX_REDELIVERIES) {
        errors.push(
          `${step}: the process died on every one of ${attempt} deliveries`,
        );
        break;
      }
    }
  }
  return { double, writes: counter.writes, deliveries, errors };
}
