import type { Config } from "../core/config/config-schema.js";
import type { Model } from "../core/ports/model.js";
import { ModelError } from "./model-error.js";
import { createOfflineModel } from "./offline/offline-model.js";
import { createOpenAIModel } from "./openai/openai-model.js";

export const OPENAI_BASE_URL = "https://api.openai.com/v1";
export const GITHUB_MODELS_BASE_URL = "https://models.github.ai/inference";
export const OPENAI_DEFAULT_MODEL = "gpt-4.1-mini";
export const GITHUB_MODELS_DEFAULT_MODEL = "openai/gpt-4.1-mini";

type ModelConfig = Config["model"];

export interface ResolveModelParams {
  config: ModelConfig;
  env: Record<string, string | undefined>;
  inAction: boolean;
  /** The workflow's token inside an Action (GitHub Models accepts it), else null. */
  actionToken: string | null;
  /** From the command line or the Action's inputs; they win over the config. */
  overrides?: {
    provider?: ModelConfig["provider"];
    name?: string;
    baseUrl?: string;
  };
}

export interface ResolvedModel {
  model: Model;
  /** Why this provider: printed by the CLI, logged by the app. */
  reason: string;
}

// Actions passes an unset secret as "", which means "not set".
function present(value: string | null | undefined): string | null {
  return value ? value : null;
}

/**
 * Picks the model: an explicit provider (overrides, then config) first; in
 * "auto", OPENAI_API_KEY (with OPENAI_BASE_URL if set), then GitHub Models
 * with the workflow token inside an Action, then the offline drafter.
 */
export function resolveModel(params: ResolveModelParams): ResolvedModel {
  const { config, env, overrides = {} } = params;
  const provider = overrides.provider ?? config.provider;
  const chosen = overrides.provider
    ? `provider "${provider}" was chosen explicitly`
    : `model.provider is "${provider}" in the configuration`;
  const timeouts = {
    timeoutMs: Math.round(config.timeout_seconds * 1000),
    stepDeadlineMs: Math.round(config.step_deadline_seconds * 1000),
  };
  const apiKey = present(env.OPENAI_API_KEY);
  const token = present(params.actionToken);

  const openai = (why: string): ResolvedModel => {
    if (!apiKey) {
      throw new ModelError(
        `${why}, but OPENAI_API_KEY is not set: set it (in an Action, pass the secret as env), or set model.provider to "auto" or "offline".`,
        { kind: "auth" },
      );
    }
    const baseURL =
      present(overrides.baseUrl) ??
      config.base_url ??
      present(env.OPENAI_BASE_URL);
    const name = present(overrides.name) ?? config.name ?? OPENAI_DEFAULT_MODEL;
    const model = createOpenAIModel({
      provider: baseURL ? "openai-compatible" : "openai",
      model: name,
      apiKey,
      baseURL: baseURL ?? OPENAI_BASE_URL,
      ...timeouts,
    });
    return {
      model,
      reason: `${why}: ${name} at ${baseURL ?? OPENAI_BASE_URL}`,
    };
  };
  const githubModels = (why: string, key: string | null): ResolvedModel => {
    if (!key) {
      throw new ModelError(
        `${why}, but there is no GitHub token: run inside an Action (with "permissions: models: read") or set GITHUB_TOKEN.`,
        { kind: "auth" },
      );
    }
    const baseURL =
      present(overrides.baseUrl) ?? config.base_url ?? GITHUB_MODELS_BASE_URL;
    const name =
      present(overrides.name) ?? config.name ?? GITHUB_MODELS_DEFAULT_MODEL;
    const model = createOpenAIModel({
      provider: "github-models",
      model: name,
      apiKey: key,
      baseURL,
      ...timeouts,
    });
    return { model, reason: `${why}: GitHub Models ${name} at ${baseURL}` };
  };
  const offline = (why: string): ResolvedModel => ({
    model: createOfflineModel(),
    reason: `${why}: the built-in offline drafter (no network, no key)`,
  });

  if (provider === "offline") return offline(chosen);
  if (provider === "openai") return openai(chosen);
  if (provider === "github-models")
    return githubModels(chosen, token ?? present(env.GITHUB_TOKEN));
  if (apiKey)
    return openai(
      `OPENAI_API_KEY is set${present(env.OPENAI_BASE_URL) ? " (with OPENAI_BASE_URL)" : ""}`,
    );
  if (params.inAction && token) {
    return githubModels(
      'inside a GitHub Action with no OPENAI_API_KEY, GitHub Models with the workflow token (the workflow needs "permissions: models: read")',
      token,
    );
  }
  return offline(
    params.inAction
      ? "inside a GitHub Action with neither OPENAI_API_KEY nor a token"
      : "no OPENAI_API_KEY outside a GitHub Action",
  );
}
