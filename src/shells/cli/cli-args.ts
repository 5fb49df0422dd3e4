import { parseArgs } from "node:util";

/** The options `sopflow run` (and `demo`) understand. */
export const RUN_OPTIONS = {
  repo: { type: "string" },
  request: { type: "string" },
  answers: { type: "string" },
  draft: { type: "boolean" },
  approve: { type: "boolean" },
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
  return parseArgs({
    args: argv,
    options: RUN_OPTIONS,
    allowPositionals: false,
    strict: true,
  }).values;
}
