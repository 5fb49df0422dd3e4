import type { RepoRecord } from "../state/records.js";

/** How GitHub relates an author to the repository in `author_association`. */
export function authorAssociation(
  repo: RepoRecord,
  login: string,
): "OWNER" | "COLLABORATOR" | "NONE" {
  if (login === repo.owner) return "OWNER";
  return repo.collaborators.has(login) ? "COLLABORATOR" : "NONE";
}
