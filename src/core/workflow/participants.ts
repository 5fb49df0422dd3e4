import type { TaskView } from "./task-view.js";

/** The people already taking part in a task (they follow it anyway): the only ones a note may mention. */
export function participants(view: TaskView): string[] {
  const { snapshot } = view;
  const pull = snapshot.pull;
  return [
    snapshot.author,
    ...snapshot.comments
      .filter((c) => c.authorKind === "human")
      .map((c) => c.author),
    ...(pull?.reviews ?? []).map((r) => r.author),
    ...(pull?.reviewComments ?? []).map((c) => c.author),
    ...(pull?.mergedBy ? [pull.mergedBy] : []),
  ];
}
