import type { TaskComment } from "../../core/ports/forge.js";
import type { ForgeState } from "./forge-state.js";
import { COMMENT_LIMIT, describeComment } from "./post-comment.js";

/** The ids queued comments carry in the run's snapshot until `flush` posts them (GitHub's ids are numbers). */
export const PENDING_ID_PREFIX = "pending-";

/**
 * Take a comment of the app for the end of the run, when `flush` posts the
 * run's comments together; the run's later loads show it at once.
 */
export function queueComment(state: ForgeState, body: string): void {
  if (body.length > COMMENT_LIMIT) {
    throw new Error(
      `Unexpected ${body.length}-character ${describeComment(body)} for ${state.where}, expected at most ${COMMENT_LIMIT} (GitHub's limit)`,
    );
  }
  state.pending.push(body);
  if (!state.snapshot) return;
  const comment: TaskComment = {
    id: `${PENDING_ID_PREFIX}${state.pending.length}`,
    author: state.options.botLogin,
    authorKind: "self",
    body,
    createdAt: new Date().toISOString(),
  };
  state.snapshot = {
    ...state.snapshot,
    comments: [...state.snapshot.comments, comment],
  };
}
