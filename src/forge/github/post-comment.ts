import { decodeNoteParts } from "../../core/notes/decode-note-parts.js";
import { attempt } from "./github-error.js";
import { sameName } from "../../core/same-name.js";
import type { ForgeState } from "./forge-state.js";
import { lookBeforeResend, type Landed } from "./look-before-resend.js";

/** GitHub refuses longer comments; notes are split well below it. */
export const COMMENT_LIMIT = 65_536;

/** Post a comment as the app now and add it to the run's snapshot (the forge's `flush` posts through this). */
export async function postComment(
  state: ForgeState,
  body: string,
): Promise<void> {
  const what = describeComment(body);
  if (body.length > COMMENT_LIMIT) {
    throw new Error(
      `Unexpected ${body.length}-character ${what} for ${state.where}, expected at most ${COMMENT_LIMIT} (GitHub's limit)`,
    );
  }
  const request = lookBeforeResend(state, () => findPosted(state, body));
  const { data } = await attempt(`post the ${what} on ${state.where}`, () =>
    state.octokit.rest.issues.createComment({ ...state.issue, body, request }),
  );
  if (state.snapshot) {
    const comment = {
      id: String(data.id),
      author: data.user?.login ?? state.options.botLogin,
      authorKind: "self" as const,
      body: data.body ?? body,
      createdAt: data.created_at,
    };
    state.snapshot = {
      ...state.snapshot,
      comments: [...state.snapshot.comments, comment],
    };
  }
}

/** The app's comment with this very body that the run does not know yet: a send whose answer was lost. */
async function findPosted(state: ForgeState, body: string): Promise<Landed> {
  const known = new Set(state.snapshot?.comments.map((c) => c.id));
  const comments = await state.octokit.paginate(
    state.octokit.rest.issues.listComments,
    { ...state.issue, per_page: 100 },
  );
  const posted = comments.find(
    (c) =>
      c.body === body &&
      !known.has(String(c.id)) &&
      sameName(c.user?.login ?? "", state.options.botLogin),
  );
  return posted ? { status: 201, data: posted } : null;
}

/** What a comment body is, for messages: "comment", "draft note (part 1 of 2)", "capture, draft and walkthrough notes". */
export function describeComment(body: string): string {
  const parts = decodeNoteParts(body);
  const [first] = parts;
  if (!first) return "comment";
  if (parts.length > 1) {
    const steps = [...new Set(parts.map((p) => p.header.step))];
    const last = steps.pop();
    return `${steps.length > 0 ? `${steps.join(", ")} and ${last}` : last} notes`;
  }
  const { step, part: i, parts: of } = first.header;
  return `${step} note${of > 1 ? ` (part ${i} of ${of})` : ""}`;
}
