import { approvalRecord } from "./approval-record.js";
import { HeadMovedError } from "../../ports/forge.js";
import type { Action } from "../action.js";
import type { RunContext } from "../run-context.js";
import { DraftDataSchema, readData } from "../task-data.js";
import type { TaskView } from "../task-view.js";
import { postError } from "./post-error.js";
import { postPublishNote } from "./post-publish-note.js";
import { runWalkthrough } from "./run-walkthrough.js";

/**
 * Step 4: on an approval that counts, record it in the SOP file (on top of
 * the approved head only), merge with that exact SHA, and record the publish.
 */
export async function runPublish(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "publish" }>,
): Promise<void> {
  const draft = readData(DraftDataSchema, view.latest.draft);
  const pull = view.snapshot.pull;
  if (!draft || !pull)
    throw new Error(
      "Unexpected publish without a draft and pull request, expected both",
    );
  const { approval, recorded, override } = action;
  let sha = approval.sha;
  if (ctx.config.record_approval_in_file || override) {
    const text = await ctx.forge.readFile(sha, draft.path);
    const record =
      text === null
        ? null
        : approvalRecord({
            text,
            approval,
            link: reviewLink(pull.url, approval.reviewId),
            override,
            today: ctx.now().slice(0, 10),
          });
    if (recorded) {
      // Only the exact record this step would write lets the approval stand; anything else is a push to walk.
      if (
        record === null ||
        (await ctx.forge.readFile(recorded.head, draft.path)) !== record
      )
        return runWalkthrough(ctx, view, recorded.otherwise);
      sha = recorded.head;
    } else if (record !== null) {
      try {
        sha = await ctx.forge.commitFile({
          branch: draft.branch,
          base: view.snapshot.baseBranch,
          path: draft.path,
          content: record,
          message: `docs(sop): record approval by @${approval.by}`,
          expectedHead: approval.sha,
        });
      } catch (error) {
        if (!(error instanceof HeadMovedError)) throw error;
        await postError(ctx, view, {
          step: "publish",
          message: `The pull request's branch moved after @${approval.by} approved it, so nothing was merged. The new commits need a walkthrough and a new approval.`,
          sha: approval.sha,
        });
        return;
      }
    }
  }
  ctx.progress?.(`Merging pull request #${pull.number} at ${sha.slice(0, 7)}…`);
  const merged = await ctx.forge.merge({
    pull: pull.number,
    sha,
    method: ctx.config.merge_method,
    title: `docs(sop): publish "${draft.title}" (#${pull.number})`,
    message: `Approved by @${approval.by} in ${reviewLink(pull.url, approval.reviewId)} at ${approval.sha}.${override ? ` Published over ${override.blockers.join(" and ")}: @${override.by} overrode the gate (/sop publish anyway).` : ""}`,
  });
  if (!merged.ok) {
    const why =
      merged.reason === "head-moved"
        ? "the branch moved after the approval"
        : "GitHub says it is not mergeable (a required check or branch rule may block it)";
    await postError(ctx, view, {
      step: "publish",
      message: `Could not merge pull request #${pull.number}: ${why} (${merged.message}). The task waits for approval again: fix what blocks the merge and approve the current head, or comment \`/sop retry\`.`,
      sha,
    });
    return;
  }
  await postPublishNote(ctx, view, {
    mergeSha: merged.sha,
    path: draft.path,
    by: approval.by,
    pull,
    ...(override ? { override } : {}),
  });
}

function reviewLink(pullUrl: string, reviewId: string): string {
  return reviewId ? `${pullUrl}#pullrequestreview-${reviewId}` : pullUrl;
}
