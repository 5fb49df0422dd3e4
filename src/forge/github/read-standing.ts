import type { Role } from "../../core/ports/forge.js";
import { errorText, statusOf } from "./github-error.js";
import type { ForgeState } from "./forge-state.js";

const PERMISSIONS: Record<string, Role["permission"]> = {
  admin: "admin",
  maintain: "write",
  write: "write",
  triage: "read",
  read: "read",
};

/** A user's role on the docs repository: `role_name` (what the approval policy reads) and the legacy permission. */
export async function roleOf(state: ForgeState, user: string): Promise<Role> {
  const { docs } = state;
  try {
    const { data } =
      await state.octokit.rest.repos.getCollaboratorPermissionLevel({
        ...docs,
        username: user,
      });
    return {
      roleName: data.role_name,
      permission: PERMISSIONS[data.permission] ?? "none",
    };
  } catch (error) {
    if (statusOf(error) === 404)
      return { roleName: "none", permission: "none" };
    throw new Error(
      `Could not read the role of @${user} on ${docs.owner}/${docs.repo}: ${errorText(error)}`,
      { cause: error },
    );
  }
}

/** Whether `user` is an active member of `team` ("org/slug", or a slug of the docs repository's owner). */
export async function isTeamMember(
  state: ForgeState,
  input: { team: string; user: string },
): Promise<boolean> {
  const [org, slug] = input.team.includes("/")
    ? (input.team.replace(/^@/, "").split("/", 2) as [string, string])
    : [state.docs.owner, input.team];
  try {
    const { data } = await state.octokit.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: slug,
      username: input.user,
    });
    return data.state === "active";
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw new Error(
      `Could not read the membership of @${input.user} in ${org}/${slug}: ${errorText(error)}`,
      { cause: error },
    );
  }
}
