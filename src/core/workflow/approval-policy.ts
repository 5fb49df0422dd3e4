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
  /** People who pushed commits to the SOP branch (the app left out); read only when `require_independent_approver` is on. */
  pushers?: ReadonlySet<string>;
  policy: Pick<Config, "approvers" | "require_independent_approver">;
}

/** Whether a role may approve: write, maintain or admin (a custom role by the permission it is based on). */
export function roleWrites(role: Role): boolean {
  return (
    WRITING_ROLES.has(role.roleName) ||
    (!STANDARD_ROLES.has(role.roleName) &&
      (role.permission === "write" || role.permission === "admin"))
  );
}

/**
 * Does this approval publish? Only a human with write, maintain or admin
 * role on the docs repository, on the current head, not dismissed. A
 * configured approver list narrows that set and never widens it; with
 * `require_independent_approver`, neither the person who asked for the SOP
 * nor anyone who pushed to its branch may approve.
 */
export function evaluateApproval(facts: ApprovalFacts): ApprovalVerdict {
  const { review, role, policy } = facts;
  const who = `@${review.author}`;
  const same = (login: string) =>
    login.toLowerCase() === review.author.toLowerCase();
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
  if (policy.require_independent_approver && same(facts.issueAuthor)) {
    return {
      counts: false,
      why: `${who} asked for this SOP and \`require_independent_approver\` is on; someone else must approve`,
    };
  }
  if (
    policy.require_independent_approver &&
    [...(facts.pushers ?? [])].some(same)
  ) {
    return {
      counts: false,
      why: `${who} pushed a commit to the SOP's branch and \`require_independent_approver\` is on; someone who did not change it must approve`,
    };
  }
  const listed =
    policy.approvers.users.length > 0 || policy.approvers.teams.length > 0;
  if (listed && !policy.approvers.users.some(same) && !facts.inApproverTeam)
    return {
      counts: false,
      why: `${who} is not one of the configured approvers`,
    };
  if (!role)
    return {
      counts: false,
      why: `the role of ${who} on the docs repository could not be read`,
    };
  if (!roleWrites(role))
    return {
      counts: false,
      why: `${who} has the ${role.roleName} role; approving needs write, maintain or admin`,
    };
  return { counts: true };
}
