import type { Feedback } from "../ports/model.js";
import type { TaskView } from "./task-view.js";
import { inputId } from "./task-input.js";

/**
 * Reviewer and operator input a redraft must address: every review (changes
 * requested or a plain comment review) and issue comment of this cycle that
 * no note was made from yet, with inline comments and the lines they concern.
 */
export function collectFeedback(
  view: TaskView,
  afterIndex: number,
): Feedback[] {
  return allFeedback(view, afterIndex).filter((f) => !view.consumed.has(f.id));
}

/** Every piece of feedback of this cycle, consumed or not. */
export function allFeedback(view: TaskView, afterIndex: number): Feedback[] {
  const pull = view.snapshot.pull;
  const feedback: Feedback[] = [];
  for (const review of pull?.reviews ?? []) {
    const id = inputId.review(review.id);
    if (review.authorKind !== "human") continue;
    if (review.state !== "changes_requested" && review.state !== "commented")
      continue;
    const inline = (pull?.reviewComments ?? []).filter(
      (c) => c.reviewId === review.id && c.authorKind === "human",
    );
    const body =
      review.body.trim() ||
      (inline.length
        ? `(${review.state.replace("_", " ")}: see the inline comments)`
        : `(${review.state.replace("_", " ")} without a comment)`);
    feedback.push({ id, author: review.author, body, line: null, quote: null });
    for (const c of inline)
      feedback.push({
        id: inputId.reviewComment(c.id),
        author: c.author,
        body: c.body,
        line: c.line,
        quote: null,
      });
  }
  for (const { comment, index } of view.humanComments) {
    const id = inputId.comment(comment.id);
    if (index > afterIndex)
      feedback.push({
        id,
        author: comment.author,
        body: comment.body,
        line: null,
        quote: null,
      });
  }
  return feedback;
}
