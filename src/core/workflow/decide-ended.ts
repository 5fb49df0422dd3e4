import type { PullSnapshot } from "../ports/forge.js";
import type { Action } from "./action.js";
import { inputId } from "./task-input.js";
import type { TaskView } from "./task-view.js";

/**
 * The task ended outside the workflow: its pull request was merged (record
 * the publish) or closed, or its issue was closed (cancel).
 */
export function decideEnded(
  view: TaskView,
  pull: PullSnapshot | null,
): Action | null {
  if (pull?.state === "merged" && pull.mergeSha) {
    // Merged by the app (a run that died before its note) or by a person: the approval on the merged head names who approved.
    const approved = [...pull.reviews]
      .reverse()
      .find(
        (r) =>
          r.state === "approved" &&
          r.authorKind === "human" &&
          r.commitId === pull.headSha,
      );
    const approval = approved
      ? { reviewId: approved.id, by: approved.author, at: approved.submittedAt }
      : { reviewId: "", by: pull.mergedBy ?? "unknown", at: "" };
    return {
      kind: "record-publish",
      mergeSha: pull.mergeSha,
      approval: { ...approval, sha: pull.headSha },
    };
  }
  if (pull?.state === "closed")
    return {
      kind: "cancel",
      reason: `pull request #${pull.number} was closed without merging`,
      inputs: [inputId.pullClosed(pull.number)],
      closeIssue: view.snapshot.open,
    };
  if (!view.snapshot.open)
    return {
      kind: "cancel",
      reason: "the issue was closed before the SOP was published",
      inputs: [inputId.issueClosed()],
      closeIssue: false,
    };
  return null;
}
