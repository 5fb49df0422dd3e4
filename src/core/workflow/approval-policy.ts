import type { Config } from "../config/config-schema.js";
import type { Role, TaskReview } from "../ports/forge.js";

export type ApprovalVerdict = { counts: true } | { counts: false; why: string };

const STANDARD_ROLES = new Set([
  "admin",
  "maintain",
  "write",
  "triage",
  "read",
  "none",
]);
const WRITING_ROLES = new Set(["admin", "maintain", "write"]);

export interface ApprovalFacts {
  review: TaskReview;
  headSha: string;
  issueAuthor: string;
  /** The reviewer's role on the docs repository; undefined when it could not be read. */
  role: Role | undefined;
  /** Whether the reviewer belongs to one of the configured approver teams. */
  inApproverTeam: boolean;
  policy: Pick<Config, "approvers" | "require_independent_approver">;
}

/**
 * DESIGN.md §6: does this approval publish? Only a human with write, maintain
 * or admin role (custom roles by the permission they are based on), or one of
 * the configured approvers, on the current head, not dismissed, and — when
 * required — not the person who asked for the SOP.
 */
export function evaluateApproval(facts: ApprovalFacts): ApprovalVerdict {
  const { review, role, policy } = facts;
  const who = `@${review.author}`;
  if (review.state !== "approved")
    return {
      counts: false,
      why: `the review by ${who} is ${review.state.replace("_", " ")}, not an approval`,
    };
  if (review.authorKind === "self")
    return { counts: false, why: "sopflow cannot approve its own SOP" };
  if (review.authorKind === "bot")
    return { counts: false, why: `${who} is a bot; only a person can approve` };
  if (review.commitId !== facts.headSha) {
    return {
      counts: false,
      why: `${who} approved commit ${review.commitId.slice(0, 7)}, but the pull request's head is now ${facts.headSha.slice(0, 7)}; approve the current version`,
    };
  }
  if (
    policy.require_independent_approver &&
    review.author.toLowerCase() === facts.issueAuthor.toLowerCase()
  ) {
    return {
      counts: false,
      why: `${who} asked for this SOP and \`require_independent_approver\` is on; someone else must approve`,
    };
  }
  const listed =
    policy.approvers.users.length > 0 || policy.approvers.teams.length > 0;
  if (listed) {
    const named = policy.approvers.users.some(
      (u) => u.toLowerCase() === review.author.toLowerCase(),
    );
    if (!named && !facts.inApproverTeam)
      return {
        counts: false,
        why: `${who} is not one of the configured approvers`,
      };
    return { counts: true };
  }
  if (!role)
    return {
      counts: false,
      why: `the role of ${who} on the docs repository could not be read`,
    };
  const writes =
    WRITING_ROLES.has(role.roleName) ||
    (!STANDARD_ROLES.has(role.roleName) &&
      (role.permission === "write" || role.permission === "admin"));
  if (!writes)
    return {
      counts: false,
      why: `${who} has the ${role.roleName} role; approving needs write, maintain or admin`,
    };
  return { counts: true };
}
