import type { ApplicationFunction, Logger, Probot } from "probot";
import type { Config } from "../../core/config/config-schema.js";
import type { Model } from "../../core/ports/model.js";
import { resolveModel } from "../../model/resolve-model.js";
import { botLoginSource } from "./bot-login.js";
import { handleEvent, type EventDeps } from "./handle-event.js";
import type { TaskQueue } from "./queue/task-queue.js";
import { routeEvent, taskKey, TASK_EVENTS } from "./route-event.js";

export interface AppOptions {
  /** The model for a task's config (default: resolved from the config's `model` and the environment). */
  modelFor?: (config: Config) => Model;
  now?: () => string;
  /** The app's own login, "<slug>[bot]" (default: SOPFLOW_BOT_LOGIN, else asked of GitHub once). */
  botLogin?: string;
  env?: Record<string, string | undefined>;
  /**
   * Work from this queue: a delivery is routed and queued at once, and the
   * work runs later, one event at a time per task. Without it, the work runs
   * inside the webhook handler (the Action shell, tests).
   */
  queue?: TaskQueue;
}

/** The Probot app: sopflow's handlers, wired to the GitHub forge, a model and the workflow core. */
export function createApp(options: AppOptions = {}): ApplicationFunction {
  return (app: Probot) => {
    const env = options.env ?? process.env;
    const { modelFor } = options;
    const deps: EventDeps = {
      botLogin: botLoginSource({ app, given: options.botLogin, env }),
      modelFor: modelFor
        ? (config) => modelFor(config)
        : (config, log) => modelFromConfig({ config, env, log }),
      now: options.now ?? (() => new Date().toISOString()),
    };
    const { queue } = options;
    if (queue) {
      queue.start(async (job) => {
        const installation = (job.payload as { installation?: { id?: number } })
          .installation?.id;
        const octokit = await app.auth(installation);
        await handleEvent(
          {
            id: job.deliveryId,
            name: job.name,
            payload: job.payload,
            octokit,
            log: app.log,
          },
          deps,
        );
      });
    }
    app.on([...TASK_EVENTS], async (context) => {
      if (!queue) {
        await handleEvent(
          {
            id: context.id,
            name: context.name,
            payload: context.payload,
            octokit: context.octokit,
            log: context.log,
          },
          deps,
        );
        return;
      }
      const route = routeEvent({
        name: context.name,
        payload: context.payload,
      });
      if (route.kind === "ignore") return;
      await queue.enqueue({
        deliveryId: context.id,
        taskKey: taskKey(route.task),
        name: context.name,
        payload: context.payload,
        receivedAt: Date.now(),
      });
    });
  };
}

function modelFromConfig(input: {
  config: Config;
  env: Record<string, string | undefined>;
  log: Logger;
}): Model {
  const { model, reason } = resolveModel({
    config: input.config.model,
    env: input.env,
    inAction: false,
    actionToken: null,
  });
  input.log.info(
    { provider: model.identity.provider, model: model.identity.model },
    `model: ${reason}`,
  );
  return model;
}
