import { exampleAnswers, MAINTAINER, OPERATOR } from "../../app/app-harness.js";
import { handoverRequest, SOP_PATH, TASK } from "../../app/lifecycle-events.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";
import type { Delivery } from "./fault-task.js";
import { notesOf } from "./task-notes.js";

const BRANCH = "sopflow/1-on-call-handover";
const TRIGGER = "Every Monday at 10:00 UTC";
export const PUSHED = "Check the pager app's battery saver is off.";

/** The operator answers the questions and edits the request, both on GitHub before either delivery is handled. */
export function answerAndEdit(double: GitHubDouble): Delivery[] {
  return [
    double.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
    double.editIssue({
      issue: TASK,
      author: OPERATOR,
      body: `${handoverRequest().body}\nTrigger: ${TRIGGER}`,
    }),
  ];
}

/** The maintainer pushes a change to the SOP on the task's branch; null when the pull request is no longer open. */
export function pushChange(double: GitHubDouble): Delivery | null {
  const sop = double.fileAt(BRANCH, SOP_PATH) ?? "";
  try {
    return double.pushCommit({
      branch: BRANCH,
      author: MAINTAINER,
      files: {
        [SOP_PATH]: sop.replace("## Purpose\n", `## Purpose\n\n${PUSHED}\n`),
      },
    });
  } catch {
    return null;
  }
}

/** Both changes captured: the edited trigger and the answers (no question left). */
export function capturedBoth(double: GitHubDouble): string[] {
  const capture = notesOf(double)
    .filter((n) => n.header.step === "capture")
    .at(-1)?.data as
    { capture: { trigger: string | null; questions: unknown[] } } | undefined;
  const problems: string[] = [];
  if (!capture?.capture.trigger?.startsWith(TRIGGER))
    problems.push(
      `the capture lost the edited trigger: ${capture?.capture.trigger}`,
    );
  if (capture?.capture.questions.length !== 0)
    problems.push(
      `the capture lost answers: ${capture?.capture.questions.length} questions open`,
    );
  return problems;
}
