import { ConfigError } from "../../core/config/validate-config.js";
import type { LoadedConfig } from "./load-config.js";

/**
 * Settings the Action's workflow token cannot carry out: it is never granted
 * the organisation's `members` permission, so approver teams cannot be
 * checked. Refused when the config is validated, with the fix named.
 */
export function workflowTokenLimits(
  loaded: LoadedConfig,
  source: string,
): LoadedConfig {
  if (!loaded.ok || loaded.config.approvers.teams.length === 0) return loaded;
  return {
    ok: false,
    triggerLabel: loaded.config.trigger_label,
    error: new ConfigError(
      `Unexpected approvers.teams in ${source} with the workflow token, expected an App token to check team membership`,
      source,
      [
        {
          key: "approvers.teams",
          problem:
            "the workflow token cannot read team membership; give the Action an App token and its own `bot-login` (see the README), or list approvers.users instead",
        },
      ],
    ),
  };
}
