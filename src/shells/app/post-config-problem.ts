import type { ConfigError } from "../../core/config/validate-config.js";
import type { Forge } from "../../core/ports/forge.js";
import { configProblemBody } from "./config-problem-body.js";

/** Tell the task's issue, once, why sopflow cannot go on; false when that comment is already there. */
export async function postConfigProblem(
  forge: Forge,
  error: ConfigError,
): Promise<boolean> {
  const body = configProblemBody(error);
  const { comments } = await forge.loadIssue();
  if (
    comments.some(
      (c) => c.authorKind === "self" && c.body.trim() === body.trim(),
    )
  )
    return false;
  await forge.comment(body);
  return true;
}
