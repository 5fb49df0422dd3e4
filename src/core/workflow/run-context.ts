import type { Config } from "../config/config-schema.js";
import type { Forge } from "../ports/forge.js";
import type { Model } from "../ports/model.js";

/** A pino-compatible logger; the shells pass Probot's (or a CLI printer). */
export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
}

/** Everything a workflow run needs: the ports, the config and the clock. */
export interface RunContext {
  forge: Forge;
  model: Model;
  config: Config;
  /** The task's number (issue number, or local task number). */
  taskId: number;
  log: Logger;
  /** Current time, ISO 8601. */
  now: () => string;
  /** Progress lines for people watching a long step (the CLI prints them). */
  progress?: (message: string) => void;
}
