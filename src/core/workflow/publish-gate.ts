import type { Config } from "../config/config-schema.js";
import { parseSop } from "../sop/parse-sop.js";
import type { PullSnapshot, TaskReview } from "../ports/forge.js";
import type { Action, ApprovalRecord, PublishOverride } from "./action.js";
import { readData, WalkthroughDataSchema } from "./task-data.js";
import type { TaskView } from "./task-view.js";

/** The words that override the gate, in a comment or in the approving review's body. */
const OVERRIDE = /^\/sop\s+publish\s+anyway\b/im;

/**
 * Whether an approval that counts may publish: error findings and open
 * questions of the walked head block it (as `block_publish_on` says) until
 * the approver overrides, explicitly — `/sop publish anyway` in the review
 * body or in a comment after the walkthrough. A blocked approval gets one
 * reply naming what blocks it; after that the task waits.
 */
export function gatePublish(input: {
  view: TaskView;
  pull: PullSnapshot;
  config: Config;
  review: TaskReview;
  approval: ApprovalRecord;
}): Action {
  const { view, pull, review, approval } = input;
  const blockers = publishBlockers(view, input.config.block_publish_on);
  if (blockers.length === 0) return { kind: "publish", approval };
  const walkedAt = view.latest.walkthrough?.createdAt ?? "";
  const overridden =
    OVERRIDE.test(review.body) ||
    view.commands.some(
      ({ comment, command }) =>
        command.name === "publish" &&
        comment.author === review.author &&
        comment.createdAt >= walkedAt &&
        OVERRIDE.test(comment.body),
    );
  if (overridden) {
    const override: PublishOverride = { by: review.author, blockers };
    return { kind: "publish", approval, override };
  }
  const what = blockers.join(" and ");
  const id = `review:${review.id}`;
  if (!view.consumed.has(id))
    return {
      kind: "reply",
      body: `@${review.author} approved, but publishing is blocked by ${what} in the SOP at ${pull.headSha.slice(0, 7)} (see the walkthrough note). Fix them and approve the new head, or, to publish as it stands, comment \`/sop publish anyway\`: the override is recorded in the publish note and the SOP's revision history.`,
      inputs: [id],
    };
  return {
    kind: "wait",
    state: "awaiting approval",
    reason: `publishing is blocked by ${what}: fix them and approve again, or the approver comments \`/sop publish anyway\``,
  };
}

/** What the walked head holds that blocks publishing under the given setting. */
function publishBlockers(
  view: TaskView,
  blockOn: Config["block_publish_on"],
): string[] {
  const walked = readData(WalkthroughDataSchema, view.latest.walkthrough);
  if (!walked || blockOn === "nothing") return [];
  const questions =
    walked.openQuestions ??
    (walked.file === undefined
      ? 0
      : parseSop(walked.file).file.content.gaps.length);
  const count = (n: number, what: string) =>
    `${n} ${what}${n === 1 ? "" : "s"}`;
  return [
    ...(blockOn !== "questions" && walked.errors > 0
      ? [count(walked.errors, "error finding")]
      : []),
    ...(blockOn !== "errors" && questions > 0
      ? [count(questions, "open question")]
      : []),
  ];
}
