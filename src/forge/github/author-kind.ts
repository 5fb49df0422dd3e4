import type { AuthorKind } from "../../core/ports/forge.js";
import { sameName } from "../../core/same-name.js";

/** Who wrote something: the app (its notes), another bot (never trusted to approve), or a person. */
export function authorKind(
  user: { login: string; type?: string } | null | undefined,
  botLogin: string,
): AuthorKind {
  if (!user) return "human";
  if (sameName(user.login, botLogin)) return "self";
  if (user.type === "Bot" || user.login.endsWith("[bot]")) return "bot";
  return "human";
}
