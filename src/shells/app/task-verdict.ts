import { listNotes } from "../../core/notes/list-notes.js";
import type { TaskSnapshot } from "../../core/ports/forge.js";
import { sameName } from "../../core/same-name.js";
import { isStateLabel } from "../../core/workflow/state-labels.js";
import { REVIEW_LABEL } from "../../core/review/review-issue.js";
import type { TaskTest } from "./route-event.js";

/**
 * Is the issue a task? It carries the trigger label, a state label or the
 * review label, or
 * the app has left a note on it. "load" means only the issue can tell.
 */
export function taskVerdict(
  test: TaskTest,
  triggerLabel: string,
): "yes" | "no" | "load" {
  if (test.kind === "label")
    return sameName(test.label, triggerLabel) ? "yes" : "no";
  if (test.kind === "labels-or-notes") return "load";
  if (hasTaskLabel(test.labels, triggerLabel)) return "yes";
  return test.notesPossible ? "load" : "no";
}

export function snapshotIsTask(
  snapshot: TaskSnapshot,
  triggerLabel: string,
): boolean {
  return (
    hasTaskLabel(snapshot.labels, triggerLabel) ||
    listNotes(snapshot.comments).length > 0
  );
}

/** The trigger label, a state label, or the review label (a "Review due" issue answers `/sop confirm`). */
function hasTaskLabel(labels: string[], triggerLabel: string): boolean {
  return labels.some(
    (l) =>
      sameName(l, triggerLabel) || isStateLabel(l) || sameName(l, REVIEW_LABEL),
  );
}
