import type { Config } from "../config/config-schema.js";
import type { Role } from "../ports/forge.js";
import type { TaskView } from "./task-view.js";

/** What every decision reads: the task, the settings, and the standing of the people it concerns. */
export interface DecideInput {
  view: TaskView;
  config: Config;
  /** Roles of the people whose standing matters (approvers, cancellers). */
  roles: Map<string, Role>;
  /** People known to be in a configured approver team. */
  teamMembers: Set<string>;
  /** With `require_independent_approver`: who pushed to the SOP's branch. */
  pushers?: Set<string>;
  /** Whether the pull request's head holds exactly the approval record publishing would write (read only when resumeCandidate names one). */
  recordedHead?: { sha: string; matches: boolean };
}
