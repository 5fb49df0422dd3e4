import type { Feedback, Usage } from "../../ports/model.js";
import { confirmFile } from "../../revise/confirm-file.js";
import type { LifecycleData } from "../../revise/lifecycle-data.js";
import { retireFile } from "../../revise/retire-file.js";
import { reviseFile } from "../../revise/revise-file.js";
import { parseSop } from "../../sop/parse-sop.js";
import type { Action } from "../action.js";
import { draftNoteBody } from "../bodies/draft-note-body.js";
import type { RunContext } from "../run-context.js";
import { DraftDataSchema, readData, type CaptureData } from "../task-data.js";
import type { TaskView } from "../task-view.js";
import { alongsideOf } from "./alongside-of.js";
import { draftPull } from "./draft-pull.js";
import { postNote } from "./post-note.js";
import { reviewedSha } from "./run-draft.js";

const TITLE = { revise: "Revise", confirm: "Confirm", retire: "Retire" };

/**
 * Step 2 of a revision, confirmation or retirement: the published file
 * (or, on a redraft, the branch's) edited in place — the change asked for,
 * the review dates, or the retired status and banner — on a branch of its
 * own, with the catalog's row in the same pull request. Never re-rendered:
 * whatever the change does not touch keeps its bytes.
 */
export async function runLifecycleDraft(
  ctx: RunContext,
  view: TaskView,
  input: {
    action: Extract<Action, { kind: "draft" }>;
    captured: CaptureData & { lifecycle: LifecycleData };
  },
): Promise<void> {
  const { action, captured } = input;
  const { lifecycle } = captured;
  const { snapshot } = view;
  const before = readData(DraftDataSchema, view.latest.draft);
  const path = lifecycle.path;
  const slug = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
  const branch =
    before?.branch ?? `sopflow/${ctx.taskId}-${slug}-${lifecycle.tag}`;
  const from = before
    ? (reviewedSha(view, action.feedback) ?? branch)
    : snapshot.baseBranch;
  const source = await ctx.forge.readFile(from, path);
  if (source === null)
    throw new Error(
      `Unexpected missing ${path} at ${from}, expected the SOP to ${lifecycle.kind}`,
    );
  const today = ctx.now().slice(0, 10);
  ctx.progress?.(
    `${TITLE[lifecycle.kind]} ${path} (revision ${action.revision})…`,
  );
  const { content, usage } = await edited(ctx, {
    lifecycle,
    captured,
    source,
    today,
    feedback: before ? action.feedback : [],
    earlierFeedback: before ? action.earlierFeedback : [],
  });
  // A pull request without a change cannot be opened (a confirmation on the day the SOP was validated).
  if (!before && content === source)
    throw new Error(
      `Unexpected ${lifecycle.kind} that changes nothing in ${path}: it already reads so (last validated ${parseSop(source).file.frontMatter.last_validated}), expected a change to propose. No pull request was opened; comment \`/sop cancel\` to end this task.`,
    );
  const commit = await ctx.forge.commitFile({
    branch,
    base: snapshot.baseBranch,
    path,
    content,
    message: `docs(sop): ${lifecycle.kind} ${path} (revision ${action.revision})`,
    ...alongsideOf(ctx, {
      path,
      before: source,
      after: content,
    }),
  });
  const file = parseSop(content).file;
  const title = `${TITLE[lifecycle.kind]} SOP: ${file.content.title}`;
  const { pull, data } = await draftPull(ctx, {
    snapshot,
    branch,
    path,
    commit,
    title: title,
    sopTitle: file.content.title,
  });
  await postNote(ctx, {
    step: "draft",
    revision: action.revision,
    inputs: action.inputs,
    body: draftNoteBody({
      file,
      markdown: content,
      revision: action.revision,
      path,
      commit,
      permalink: ctx.forge.permalink({ sha: commit, path }),
      pull,
      feedback: action.feedback,
    }),
    data,
    ...(usage ? { usage } : { byModel: false }),
  });
}

/** The file's new text: the model applies a revision's change; a confirmation and a retirement are edits sopflow makes itself. */
async function edited(
  ctx: RunContext,
  input: {
    lifecycle: LifecycleData;
    captured: CaptureData;
    source: string;
    today: string;
    feedback: Feedback[];
    earlierFeedback: Feedback[];
  },
): Promise<{ content: string; usage: Usage | null }> {
  const { lifecycle, source, today } = input;
  if (lifecycle.kind === "confirm")
    return {
      content: confirmFile({
        source,
        today,
        reviewIntervalDays: ctx.config.review_interval_days,
      }),
      usage: null,
    };
  if (lifecycle.kind === "retire")
    return {
      content: retireFile({
        source,
        today,
        reason: lifecycle.text,
        replacedBy: lifecycle.replacedBy,
      }),
      usage: null,
    };
  // The change asked for is the first draft's feedback; a redraft applies the review's.
  const feedback: Feedback[] = input.feedback.length
    ? input.feedback
    : [
        {
          id: `lifecycle:${lifecycle.tag}`,
          author: lifecycle.requester,
          body: lifecycle.text,
          line: null,
          quote: null,
        },
      ];
  const result = await ctx.model.draft({
    capture: input.captured.capture,
    previous: parseSop(source).file.content,
    feedback,
    earlierFeedback: input.earlierFeedback,
  });
  const before = lifecycle.baseline ?? parseSop(source).file.content;
  if (
    input.feedback.length === 0 &&
    JSON.stringify(before) === JSON.stringify(result.value)
  )
    throw new Error(UNAPPLIED);
  const revised = reviseFile({
    source,
    content: result.value,
    lifecycle,
    reviewers: input.feedback.map((f) => f.author),
    today,
    reviewIntervalDays: ctx.config.review_interval_days,
  });
  return { content: revised.text, usage: result.usage };
}

// A revision that changes nothing would bump the version and the catalog for no reason.
const UNAPPLIED =
  "Unexpected revision that changes nothing in the SOP, expected the change asked for to be applied. The offline drafter applies only instructions it can read, one per line: 'Replace step N: …', 'Add step after N: …', 'Add step: …', 'Remove step N', 'Add prerequisite: …', 'Add edge case: CASE -> ACTION', 'Definition of done: …'; a model applies any wording. Cancel this revision and ask again in that form, or configure a model and retry.";
