import { decodeNotePart } from "../../core/notes/decode-note-part.js";
import { attempt } from "./github-error.js";
import { sameName, type ForgeState } from "./forge-state.js";
import { lookBeforeResend, type Landed } from "./look-before-resend.js";

/** GitHub refuses longer comments; notes are split well below it. */
export const COMMENT_LIMIT = 65_536;

/** Post a comment as the app and add it to the run's snapshot. */
export async function postComment(state: ForgeState, body: string): Promise<void> {
  const what = describe(body);
  if (body.length > COMMENT_LIMIT) {
    throw new Error(`Unexpected ${body.length}-character ${what} for ${state.where}, expected at most ${COMMENT_LIMIT} (GitHub's limit)`);
  }
  const request = lookBeforeResend(state, () => findPosted(state, body));
  const { data } = await attempt(`post the ${what} on ${state.where}`, () => state.octokit.rest.issues.createComment({ ...state.issue, body, request }));
  if (state.snapshot) {
    const comment = { id: String(data.id), author: data.user?.login ?? state.options.botLogin, authorKind: "self" as const, body: data.body ?? body, createdAt: data.created_at };
    state.snapshot = { ...state.snapshot, comments: [...state.snapshot.comments, comment] };
  }
}

/** The app's comment with this very body that the run does not know yet: a send whose answer was lost. */
async function findPosted(state: ForgeState, body: string): Promise<Landed> {
  const known = new Set(state.snapshot?.comments.map((c) => c.id));
  const comments = await state.octokit.paginate(state.octokit.rest.issues.listComments, { ...state.issue, per_page: 100 });
  const posted = comments.find((c) => c.body === body && !known.has(String(c.id)) && sameName(c.user?.login ?? "", state.options.botLogin));
  return posted ? { status: 201, data: posted } : null;
}

function describe(body: string): string {
  const part = decodeNotePart(body);
  if (!part) return "comment";
  const { step, part: i, parts } = part.header;
  return `${step} note${parts > 1 ? ` (part ${i} of ${parts})` : ""}`;
}
