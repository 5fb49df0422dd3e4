import type { PullSnapshot } from "../ports/forge.js";
import type { Action } from "./action.js";
import type { TaskView } from "./task-view.js";

/**
 * The last note says a step failed and nobody has acted since: wait (for
 * `/sop retry`, or for approval again after a failed merge).
 */
export function decideFailed(
  view: TaskView,
  pull: PullSnapshot | null,
): Action | null {
  const error = view.latest.error;
  if (!error || view.notes.at(-1) !== error) return null;
  if (humanActivitySince(view, error.index, error.createdAt)) return null;
  const failed = error.data as { step?: string; sha?: string } | null;
  if (failed?.step !== "publish")
    return {
      kind: "wait",
      state: "failed",
      reason: "a step failed; comment `/sop retry` to try again",
    };
  // A publish that failed on one head waits for people, unless someone pushed since: the new head goes on to its walkthrough.
  const moved =
    failed.sha !== undefined && pull !== null && pull.headSha !== failed.sha;
  return moved
    ? null
    : {
        kind: "wait",
        state: "awaiting approval",
        reason:
          "the merge failed; approve the current head again or comment `/sop retry`",
      };
}

function humanActivitySince(
  view: TaskView,
  index: number,
  at: string,
): boolean {
  const comment = view.snapshot.comments.some(
    (c, i) => i > index && c.authorKind === "human",
  );
  const review = (view.snapshot.pull?.reviews ?? []).some(
    (r) => r.authorKind === "human" && r.submittedAt > at,
  );
  return comment || review;
}
