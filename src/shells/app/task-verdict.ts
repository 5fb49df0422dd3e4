import { listNotes } from "../../core/notes/list-notes.js";
import type { TaskSnapshot } from "../../core/ports/forge.js";
import { sameName } from "../../core/same-name.js";
import { isStateLabel } from "../../core/workflow/state-labels.js";
import type { TaskTest } from "./route-event.js";

/**
 * Is the issue a task? It carries the trigger label or a state label, or
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

function hasTaskLabel(labels: string[], triggerLabel: string): boolean {
  return labels.some((l) => sameName(l, triggerLabel) || isStateLabel(l));
}
