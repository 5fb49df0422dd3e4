import { HeadMovedError } from "../../ports/forge.js";
import type { Action, ApprovalRecord, PublishOverride } from "../action.js";
import { approvalRecord, reviewLink } from "../approval-record.js";
import type { RunContext } from "../run-context.js";
import { DraftDataSchema, readData } from "../task-data.js";
import type { TaskView } from "../task-view.js";
import { postError } from "./post-error.js";
import { postPublishNote } from "./post-publish-note.js";
import { alongsideOf } from "./alongside-of.js";

/**
 * Step 4: on an approval that counts, record it in the SOP file (on top of
 * the approved head only), merge with that exact SHA, and record the publish.
 * A head that already holds the record (decideResume) is merged as it is.
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
  const { approval, recordedHead, override } = action;
  let sha = recordedHead ?? approval.sha;
  const approved =
    (ctx.config.record_approval_in_file || override) && !recordedHead
      ? await ctx.forge.readFile(approval.sha, draft.path)
      : null;
  const record =
    approved !== null
      ? approvalRecord({
          text: approved,
          approval,
          pullUrl: pull.url,
          override,
          today: ctx.now().slice(0, 10),
        })
      : null;
  // A head that holds the record already may still lack the catalog's row for it (a run that died between the two writes).
  const write =
    record !== null
      ? { content: record, before: approved, on: approval.sha }
      : recordedHead
        ? {
            content: await ctx.forge.readFile(recordedHead, draft.path),
            before: null,
            on: recordedHead,
          }
        : null;
  if (write?.content != null) {
    try {
      sha = await ctx.forge.commitFile({
        branch: draft.branch,
        base: view.snapshot.baseBranch,
        path: draft.path,
        content: write.content,
        message: `docs(sop): record approval by @${approval.by}`,
        expectedHead: write.on,
        ...alongsideOf(ctx, {
          path: draft.path,
          before: write.before,
          after: write.content,
        }),
      });
    } catch (error) {
      if (!(error instanceof HeadMovedError)) throw error;
      await postError(ctx, view, {
        step: "publish",
        message: movedSince(approval, error.actual),
        sha: approval.sha,
      });
      return;
    }
  }
  ctx.progress?.(`Merging pull request #${pull.number} at ${sha.slice(0, 7)}…`);
  const merged = await ctx.forge.merge({
    pull: pull.number,
    sha,
    method: ctx.config.merge_method,
    title: `docs(sop): publish "${draft.title}" (#${pull.number})`,
    message: mergeMessage({
      approval,
      pullUrl: pull.url,
      override,
      task: view.snapshot.url,
    }),
  });
  const head = (await ctx.forge.loadPull(pull.number)).headSha;
  if (!merged.ok && merged.reason === "head-moved" && head !== sha) {
    await postError(ctx, view, {
      step: "publish",
      message: movedSince(approval, head),
      sha,
    });
    return;
  }
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

/**
 * The merge commit's message: the approval in words, then as git trailers
 * (`git log --format='%(trailers)'` reads them), the one record of who
 * approved and when that needs no commit after the approval.
 */
function mergeMessage(input: {
  approval: ApprovalRecord;
  pullUrl: string;
  override: PublishOverride | undefined;
  task: string;
}): string {
  const { approval, override } = input;
  const review = reviewLink(input.pullUrl, approval.reviewId);
  return [
    `Approved by @${approval.by} in ${review} at ${approval.sha}.${override ? ` Published over ${override.blockers.join(" and ")}: @${override.by} overrode the gate (/sop publish anyway).` : ""}`,
    "",
    `Approved-by: @${approval.by}`,
    ...(approval.at ? [`Approved-at: ${approval.at}`] : []),
    `Approved-commit: ${approval.sha}`,
    `Approval-review: ${review}`,
    ...(override ? [`Publish-override-by: @${override.by}`] : []),
    `Sop-task: ${input.task}`,
  ].join("\n");
}

/** Why an approval of one commit published nothing once the branch had moved on. */
function movedSince(approval: { by: string; sha: string }, head: string) {
  return `@${approval.by} approved ${approval.sha.slice(0, 7)}, but the branch has moved to ${head.slice(0, 7)} since, so nothing was merged or committed on top of it. The new commits need a walkthrough and a new approval.`;
}
