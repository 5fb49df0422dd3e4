import type { Config } from "../../core/config/config-schema.js";
import { resolveModel, type ResolvedModel } from "../../model/resolve-model.js";
import type { RunArgs } from "./cli-args.js";

const PROVIDERS = ["auto", "offline", "openai", "github-models"] as const;

/** The model for a local run: flags, then the config, then the environment (README: Models). */
export function selectModel(input: {
  config: Config;
  args: RunArgs;
}): ResolvedModel {
  const { args } = input;
  const provider = args.provider;
  if (
    provider !== undefined &&
    !(PROVIDERS as readonly string[]).includes(provider)
  ) {
    throw new Error(
      `Unexpected --provider ${provider}, expected one of ${PROVIDERS.join(", ")}`,
    );
  }
  return resolveModel({
    config: input.config.model,
    env: process.env,
    inAction: false,
    actionToken: null,
    overrides: {
      ...(provider ? { provider: provider as (typeof PROVIDERS)[number] } : {}),
      ...(args.model ? { name: args.model } : {}),
      ...(args["base-url"] ? { baseUrl: args["base-url"] } : {}),
    },
  });
}
