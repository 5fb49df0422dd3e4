import type { Logger } from "../../core/workflow/run-context.js";

/** The CLI's logger: warnings and errors on stderr; details only with --verbose. */
export function cliLogger(verbose: boolean): Logger {
  const line = (level: string) => (obj: object | string, msg?: string) => {
    const text = typeof obj === "string" ? obj : (msg ?? "");
    const extra =
      typeof obj === "object" && verbose
        ? ` ${JSON.stringify(obj, (_k, v: unknown) => (v instanceof Error ? v.message : v))}`
        : "";
    process.stderr.write(`${level}: ${text}${extra}\n`);
  };
  const quiet = () => undefined;
  return {
    info: verbose ? line("info") : quiet,
    debug: verbose ? line("debug") : quiet,
    warn: line("warning"),
    error: verbose ? line("error") : quiet,
  };
}
