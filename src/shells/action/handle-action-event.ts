import { Probot, ProbotOctokit, type Logger } from "probot";
import type { Config } from "../../core/config/config-schema.js";
import type { Model } from "../../core/ports/model.js";
import { resolveModel } from "../../model/resolve-model.js";
import { handleEvent, type EventOutcome } from "../app/handle-event.js";
import { WORKFLOW_BOT_LOGIN, type ActionEnv } from "./read-action-env.js";
import type { ActionEvent } from "./read-event.js";
import { watchTaskPull } from "./watch-task-pull.js";

/** What the run learnt on its way, kept by the caller so that a failure can report it too. */
export interface RunProgress {
  /** The task's pull request, when this run met one. */
  pullUrl: string | null;
}

const LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
type Level = (typeof LEVELS)[number];

/*
 * A workflow run is one short process making a few serial writes, far below
 * GitHub's secondary limits; the client-side throttle would only space them
 * (one write per second, one notifying write per three) and slow every run.
 * Retries of server errors stay on.
 */
const Octokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  throttle: { ...(options.throttle as object), enabled: false },
}));

/**
 * Handle one event as the Action: a Probot authenticated with the workflow
 * token (GITHUB_API_URL as the API, for GitHub Enterprise Server), the app's
 * event handler, and the model the config and the Action's inputs choose.
 */
export async function handleActionEvent(input: {
  env: ActionEnv;
  event: ActionEvent;
  processEnv: Record<string, string | undefined>;
  progress: RunProgress;
}): Promise<EventOutcome> {
  const { inputs, github } = input.env;
  const probot = new Probot({
    githubToken: inputs.token,
    baseUrl: github.apiUrl,
    Octokit,
    logLevel: logLevel(input.processEnv),
  });
  const octokit = await probot.auth();
  watchTaskPull(octokit, (url) => (input.progress.pullUrl = url));
  const modelEnv = {
    ...input.processEnv,
    OPENAI_API_KEY: inputs.openaiApiKey ?? input.processEnv.OPENAI_API_KEY,
    OPENAI_BASE_URL: inputs.openaiBaseUrl ?? input.processEnv.OPENAI_BASE_URL,
  };
  const modelFor = (config: Config, log: Logger): Model => {
    const overrides = {
      ...(inputs.modelProvider ? { provider: inputs.modelProvider } : {}),
      ...(inputs.model ? { name: inputs.model } : {}),
    };
    const { model, reason } = resolveModel({
      config: config.model,
      env: modelEnv,
      inAction: true,
      actionToken: inputs.token,
      overrides,
    });
    log.info(
      { provider: model.identity.provider, model: model.identity.model },
      `model: ${reason}`,
    );
    return model;
  };
  return handleEvent(
    { ...input.event, octokit, log: probot.log },
    {
      botLogin: () => Promise.resolve(inputs.botLogin),
      modelFor,
      now: () => new Date().toISOString(),
      ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
      workflowToken: inputs.botLogin === WORKFLOW_BOT_LOGIN,
    },
  );
}

/** LOG_LEVEL when valid; "debug" when the run was re-run with debug logging. */
function logLevel(env: Record<string, string | undefined>): Level {
  const named = LEVELS.find((level) => level === env.LOG_LEVEL);
  return named ?? (env.RUNNER_DEBUG === "1" ? "debug" : "info");
}
