import type { TaskView } from "./task-view.js";

/** A one-paragraph answer to `/sop status`. */
export function statusText(view: TaskView, waiting: string): string {
  const steps = (["capture", "draft", "walkthrough", "publish"] as const)
    .map((step) => {
      const note = view.latest[step];
      return note ? `${step} (revision ${note.header.revision})` : null;
    })
    .filter(Boolean);
  const done =
    steps.length > 0
      ? `Done so far: ${steps.join(", ")}.`
      : "No step has run yet.";
  const pull = view.snapshot.pull;
  const pr = pull
    ? ` The draft is pull request #${pull.number} (${pull.state}, head ${pull.headSha.slice(0, 7)}).`
    : "";
  return `**Status:** ${done}${pr} Now: ${waiting}`;
}
