import { parseArgs } from "node:util";
import { didYouMean } from "./did-you-mean.js";
import { UsageError } from "./usage-error.js";

/** The options `sopflow run` (and `demo`) understand. */
export const RUN_OPTIONS = {
  repo: { type: "string" },
  request: { type: "string" },
  task: { type: "string" },
  answers: { type: "string" },
  draft: { type: "boolean" },
  approve: { type: "boolean" },
  yes: { type: "boolean" },
  "publish-anyway": { type: "boolean" },
  cancel: { type: "boolean" },
  "request-changes": { type: "string" },
  reviewer: { type: "string" },
  base: { type: "string" },
  provider: { type: "string" },
  model: { type: "string" },
  "base-url": { type: "string" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export type RunArgs = ReturnType<typeof parseRunArgs>;

export function parseRunArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: RUN_OPTIONS,
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    throw usageError(error, Object.keys(RUN_OPTIONS), "sopflow run");
  }
}

/** A parseArgs error as a usage error; a mistyped option is answered with the nearest right one. */
export function usageError(
  error: unknown,
  options: string[],
  command: string,
): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS"))
    return error;
  const message = (error as Error).message.split("\n")[0] ?? "";
  const typed = /'(-[^'\s]+)/.exec(message)?.[1];
  const near =
    typed && code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
      ? didYouMean(
          typed,
          options.map((name) => `--${name}`),
        )
      : null;
  return new UsageError(
    `${message}${near ? `: did you mean ${near}?` : ""}\nSee \`${command} --help\` for the options.`,
    { cause: error },
  );
}
