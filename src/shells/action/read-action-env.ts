import { z } from "zod";
import { trimEnd } from "../../core/capture/trim-end.js";

/**
 * What the workflow gave the Action: its inputs (INPUT_*) and the run's
 * GITHUB_* variables (the output and summary files are the runner's own
 * concern: it must reach them even when these cannot be read).
 */
export interface ActionEnv {
  inputs: {
    token: string;
    openaiApiKey: string | null;
    openaiBaseUrl: string | null;
    modelProvider: "auto" | "offline" | "openai" | "github-models" | null;
    model: string | null;
    configPath: string | null;
    botLogin: string;
  };
  github: {
    eventName: string;
    eventPath: string;
    runId: string;
    serverUrl: string;
    apiUrl: string;
  };
}

/** The workflow token's own account: its comments are the notes. */
export const WORKFLOW_BOT_LOGIN = "github-actions[bot]";

const Provider = z.enum(["auto", "offline", "openai", "github-models"]);

/**
 * An input as the runner passes it: `INPUT_<NAME>` with the name upper-cased
 * and spaces (not hyphens) turned into underscores; an unset input is "".
 */
function input(
  env: Record<string, string | undefined>,
  name: string,
): string | null {
  const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
  return value ? value : null;
}

function required(value: string | null | undefined, what: string): string {
  if (!value)
    throw new Error(
      `Unexpected empty ${what}, expected it to be set by the workflow`,
    );
  return value;
}

/** Read and check the Action's environment; a missing essential names the variable. */
export function readActionEnv(
  env: Record<string, string | undefined>,
): ActionEnv {
  const provider = input(env, "model-provider");
  const parsedProvider =
    provider === null ? null : Provider.safeParse(provider);
  if (parsedProvider && !parsedProvider.success) {
    throw new Error(
      `Unexpected model-provider "${provider}", expected one of ${Provider.options.join(", ")}`,
      { cause: parsedProvider.error },
    );
  }
  return {
    inputs: {
      token: required(
        input(env, "token") ?? env.GITHUB_TOKEN,
        "input token (or GITHUB_TOKEN)",
      ),
      openaiApiKey: input(env, "openai-api-key"),
      openaiBaseUrl: input(env, "openai-base-url"),
      modelProvider: parsedProvider?.data ?? null,
      model: input(env, "model"),
      configPath: input(env, "config-path"),
      botLogin:
        input(env, "bot-login") ??
        (env.SOPFLOW_BOT_LOGIN?.trim() || WORKFLOW_BOT_LOGIN),
    },
    github: {
      eventName: required(env.GITHUB_EVENT_NAME, "GITHUB_EVENT_NAME"),
      eventPath: required(env.GITHUB_EVENT_PATH, "GITHUB_EVENT_PATH"),
      runId: env.GITHUB_RUN_ID || "local",
      serverUrl: trimEnd(env.GITHUB_SERVER_URL || "https://github.com", "/"),
      apiUrl: trimEnd(env.GITHUB_API_URL || "https://api.github.com", "/"),
    },
  };
}
