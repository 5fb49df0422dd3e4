import { packNoteParts } from "../../core/notes/pack-note-parts.js";
import type { ForgeState } from "./forge-state.js";
import { COMMENT_LIMIT, postComment } from "./post-comment.js";
import { PENDING_ID_PREFIX } from "./queue-comment.js";

/** Room kept under GitHub's limit when notes are joined into one comment. */
const PACKED_LIMIT = COMMENT_LIMIT - 1_000;

/**
 * Post the run's queued comments: note parts back to back in as few
 * comments as fit (one request for the notes of a whole run), anything else
 * alone. The posted comments take the place of the queued ones in the
 * run's snapshot.
 */
export async function flushComments(state: ForgeState): Promise<void> {
  const bodies = state.pending;
  if (bodies.length === 0) return;
  state.pending = [];
  if (state.snapshot)
    state.snapshot = {
      ...state.snapshot,
      comments: state.snapshot.comments.filter(
        (c) => !c.id.startsWith(PENDING_ID_PREFIX),
      ),
    };
  for (const body of packNoteParts(bodies, PACKED_LIMIT))
    await postComment(state, body);
}
