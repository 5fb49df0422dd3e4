import type { Role } from "../../../src/core/ports/forge.js";
import { approvers } from "../../../src/core/workflow/decide-checkpoint.js";
import { draftData, taskBuilder } from "../../workflow/task-builder.js";
import { APPROVER_TEAM, type AuthCell } from "./auth-cells.js";

const HEAD = "a".repeat(40);
const OLDER = "c".repeat(40);

/** What the docs repository reports for the row's role, as the GitHub forge reads it (role_name, legacy permission). */
const ROLE_OF: Record<AuthCell["role"], Role> = {
  none: { roleName: "none", permission: "none" },
  read: { roleName: "read", permission: "read" },
  triage: { roleName: "triage", permission: "read" },
  write: { roleName: "write", permission: "write" },
  maintain: { roleName: "maintain", permission: "write" },
  admin: { roleName: "admin", permission: "admin" },
  "custom-write": { roleName: "docs-editor", permission: "write" },
  "custom-read": { roleName: "docs-reader", permission: "read" },
  "team-member": { roleName: "read", permission: "read" },
};

const LOGINS: Record<
  AuthCell["account"],
  { login: string; kind: "human" | "bot" | "self" }
> = {
  user: { login: "rey", kind: "human" },
  bot: { login: "helper[bot]", kind: "bot" },
  app: { login: "sopflow[bot]", kind: "self" },
};

export interface CellOutcome {
  /** The decision was to publish the current head. */
  published: boolean;
  /** The task went on waiting for an approval (after a reply, or back through drafting on changes requested). */
  waiting: boolean;
  decisions: string[];
}

/**
 * One cell at the pure level: a task waiting at the checkpoint (real encoded
 * notes, a pull request), the cell's review on it, the standing the app would
 * read for the people it asks about, and `decide` run until it waits.
 */
export function decideAuthCell(cell: AuthCell): CellOutcome {
  const reviewer = LOGINS[cell.account];
  const author = cell.reviewerIsAuthor ? reviewer.login : "olivia";
  const b = taskBuilder({ author })
    .captured(1)
    .note("draft", 1, draftData)
    .pull({ headSha: HEAD });
  b.note("walkthrough", 1, { sha: HEAD, errors: 0, remaining: [] }, [
    "draft:1",
    `sha:${HEAD}`,
  ]);
  b.review({
    author: reviewer.login,
    authorKind: reviewer.kind,
    state: cell.state,
    commitId: cell.commit === "head" ? HEAD : OLDER,
  });
  const config = {
    require_independent_approver: cell.independent,
    approvers: {
      users: [],
      teams: cell.role === "team-member" ? [APPROVER_TEAM] : [],
    },
  };
  // As reconcile does: the standing of the people whose approval could count.
  const asked = approvers(b.snapshot.pull);
  const roles = Object.fromEntries(
    asked.map((login) => [login, ROLE_OF[cell.role]]),
  );
  const teamMembers = cell.role === "team-member" ? asked : [];
  const decisions: string[] = [];
  for (let pass = 0; pass < 4; pass++) {
    const action = b.decide({ config, roles, teamMembers });
    decisions.push(
      action.kind === "wait" ? `wait:${action.state}` : action.kind,
    );
    if (action.kind === "publish")
      return {
        published: action.approval.sha === HEAD,
        waiting: false,
        decisions,
      };
    if (action.kind !== "reply") {
      const redraft =
        action.kind === "draft" &&
        cell.state === "changes_requested" &&
        reviewer.kind === "human";
      return {
        published: false,
        waiting:
          redraft ||
          (action.kind === "wait" && action.state === "awaiting approval"),
        decisions,
      };
    }
    b.note("reply", pass + 1, null, action.inputs);
  }
  return { published: false, waiting: false, decisions };
}
