import type { GitHubDouble } from "../../support/github-double/github-double.js";
import { MAINTAINER, OPERATOR } from "./app-run.js";

/** A user with no role on the (public) docs repository. */
export const STRANGER = "mallory";
/** A person whose login is the app's slug without "[bot]". */
export const IMPOSTOR = "sopflow";

/** The login behind an actor name, added to the double when it is not a collaborator. */
export function actorLogin(
  double: GitHubDouble,
  actor: "operator" | "stranger" | "impostor" | "maintainer",
): string {
  if (actor === "operator") return OPERATOR;
  if (actor === "maintainer") return MAINTAINER;
  const login = actor === "stranger" ? STRANGER : IMPOSTOR;
  double.addUser(login);
  return login;
}
