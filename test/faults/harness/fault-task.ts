import type { EmitterWebhookEvent } from "@octokit/webhooks";
import type { AppOptions } from "../../../src/shells/app/app.js";
import { OPERATOR } from "../../app/app-harness.js";
import { LIFECYCLE, TASK } from "../../app/lifecycle-events.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";
import { freshProbot, type Fetch } from "./fresh-probot.js";
import { taskDouble } from "./task-double.js";

export type Delivery = { id: string; name: string; payload: unknown };

export interface DeliverOptions {
  /** "production": Octokit's retry and throttle plugins on, as deployed; "off" (default): as in the other app tests. */
  plugins?: "production" | "off";
  fetch?: Fetch;
  /** Options for this delivery's app over the task's (a later clock, say). */
  app?: AppOptions;
}

/** The lifecycle's task on a fresh GitHub double, driven one event at a time, each to a fresh app process. */
export interface FaultTask {
  double: GitHubDouble;
  /** Deliver one event; the handler's error, or null when it returned. */
  deliver(event: Delivery, options?: DeliverOptions): Promise<Error | null>;
  /** The people's next lifecycle action (opened, answers, changes requested, approval), delivered; returns the handler's error. */
  next(options?: DeliverOptions): Promise<Error | null>;
  /** Deliver the people's remaining lifecycle actions, failing on any handler error. */
  finish(): Promise<void>;
  /** The operator comments `/sop retry`. */
  retry(options?: DeliverOptions): Promise<Error | null>;
  /** How many lifecycle actions are still to come. */
  remaining(): number;
  /** The lifecycle's events delivered so far, in order. */
  delivered: Delivery[];
}

export async function faultTask(
  input: { config?: string; app?: AppOptions } = {},
): Promise<FaultTask> {
  const double = taskDouble({ config: input.config });
  let step = 0;
  const delivered: Delivery[] = [];
  const deliver: FaultTask["deliver"] = async (event, options = {}) => {
    const probot = await freshProbot({
      double,
      fetch: options.fetch,
      plugins: options.plugins,
      app: { ...input.app, ...options.app },
    });
    try {
      await probot.receive(event as EmitterWebhookEvent);
      return null;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
  const next: FaultTask["next"] = async (options) => {
    const action = LIFECYCLE[step];
    if (!action)
      throw new Error(
        `Unexpected lifecycle step #${step + 1}, expected at most ${LIFECYCLE.length}`,
      );
    step += 1;
    const event = action.act(double);
    delivered.push(event);
    return deliver(event, options);
  };
  return {
    double,
    deliver,
    next,
    async finish() {
      while (step < LIFECYCLE.length) {
        const error = await next();
        if (error)
          throw new Error(
            `Unexpected failure of "${LIFECYCLE[step - 1]?.step}" after recovery`,
            { cause: error },
          );
      }
    },
    retry: (options) =>
      deliver(
        double.comment({ issue: TASK, author: OPERATOR, body: "/sop retry" }),
        options,
      ),
    remaining: () => LIFECYCLE.length - step,
    delivered,
  };
}
