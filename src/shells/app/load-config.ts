import type { ProbotOctokit } from "probot";
import type { Config } from "../../core/config/config-schema.js";
import {
  ConfigError,
  validateConfig,
} from "../../core/config/validate-config.js";
import type { TaskRef } from "./route-event.js";
import { messageOf } from "../../core/message-of.js";

export const CONFIG_PATH = ".github/sopflow.yml";
const DEFAULT_TRIGGER = "sop";

export type LoadedConfig =
  | { ok: true; config: Config }
  | { ok: false; error: ConfigError; triggerLabel: string };

/**
 * The task repository's config file (`.github/sopflow.yml` unless the
 * Action names another; or the owner's `.github` repository's, as Probot
 * reads it), validated; absent means every default.
 * An unusable file still yields the trigger label it names, so the app can
 * tell whether the event concerns a task before it reports the problem there.
 */
export async function loadConfig(input: {
  octokit: ProbotOctokit;
  task: TaskRef;
  path?: string;
}): Promise<LoadedConfig> {
  const { owner, repo } = input.task;
  const path = input.path ?? CONFIG_PATH;
  const source = `${owner}/${repo}/${path}`;
  let value: unknown;
  try {
    ({ config: value } = await input.octokit.config.get({ owner, repo, path }));
  } catch (error) {
    const message = messageOf(error);
    if (!/could not be parsed|invalid YAML/i.test(message))
      throw new Error(`Could not read ${source}: ${message}`, { cause: error });
    return {
      ok: false,
      error: new ConfigError(
        `Invalid YAML in ${source}`,
        source,
        [{ key: "(file)", problem: "the file is not valid YAML" }],
        { cause: error },
      ),
      triggerLabel: DEFAULT_TRIGGER,
    };
  }
  try {
    return { ok: true, config: validateConfig({ value, source }) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const named = (value as { trigger_label?: unknown } | null)?.trigger_label;
    return {
      ok: false,
      error,
      triggerLabel:
        typeof named === "string" && named.trim() ? named : DEFAULT_TRIGGER,
    };
  }
}
