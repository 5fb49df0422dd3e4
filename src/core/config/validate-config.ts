import { parse as parseYaml } from "yaml";
import { ConfigSchema, type Config } from "./config-schema.js";
import { messageOf } from "../message-of.js";

/** The configuration file could not be used; the message names the file and the key. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly problems: { key: string; problem: string }[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ConfigError";
  }
}

/** Check an already-parsed config value (absent → every default). */
export function validateConfig(input: {
  value: unknown;
  source: string;
}): Config {
  const result = ConfigSchema.safeParse(input.value ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    key: issue.path.length
      ? issue.path.join(".")
      : issue.code === "unrecognized_keys"
        ? issue.keys.join(", ")
        : "(top level)",
    problem: issue.message,
  }));
  const lines = problems.map((p) => `- \`${p.key}\`: ${p.problem}`).join("\n");
  return fail(
    new ConfigError(
      `Invalid configuration in ${input.source}:\n${lines}`,
      input.source,
      problems,
      { cause: result.error },
    ),
  );
}

/** Parse and check a YAML config file's text. */
export function parseConfigText(input: {
  text: string;
  source: string;
  defaults?: Partial<Config>;
}): Config {
  let value: unknown;
  try {
    value = parseYaml(input.text, { maxAliasCount: 50, prettyErrors: true });
  } catch (error) {
    const message = messageOf(error);
    throw new ConfigError(
      `Invalid YAML in ${input.source}: ${message}`,
      input.source,
      [{ key: "(file)", problem: message }],
      { cause: error },
    );
  }
  const withDefaults =
    input.defaults &&
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value)
      ? { ...input.defaults, ...value }
      : (value ?? input.defaults);
  return validateConfig({ value: withDefaults, source: input.source });
}

function fail(error: ConfigError): never {
  throw error;
}
