import { editSop } from "../../sop/edit-sop.js";
import { renderSop } from "../../sop/render-sop.js";
import { parseSop } from "../../sop/parse-sop.js";
import { buildSopFile } from "../../sop/build-sop-file.js";
import { slugify } from "../../sop/slugify.js";
import { sopPath } from "../../sop/sop-path.js";
import type { Action } from "../action.js";
import { draftNoteBody } from "../bodies/draft-note-body.js";
import type { RunContext } from "../run-context.js";
import {
  CaptureDataSchema,
  DraftDataSchema,
  readData,
  WalkthroughDataSchema,
} from "../task-data.js";
import type { TaskView } from "../task-view.js";
import type { Feedback } from "../../ports/model.js";
import { FileExistsError } from "../../ports/forge.js";
import type { SopFile } from "../../sop/sop-schema.js";
import { postNote } from "./post-note.js";
import { runLifecycleDraft } from "./run-lifecycle-draft.js";
import { inputId } from "../task-input.js";
import { revisionRow } from "../../sop/revision-row.js";
import { describeChanges } from "../../sop/describe-changes.js";
import { describeCaptureChange } from "../capture-changes.js";
import { requestEditMerge } from "../request-edit-merge.js";
import { asMerged, asUnpublished } from "../merged-status.js";
import { alongsideOf } from "./alongside-of.js";
import { draftPull } from "./draft-pull.js";

/** Step 2: draft the SOP from the capture (and review feedback), commit it on the task's branch, open the PR. */
export async function runDraft(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "draft" }>,
): Promise<void> {
  const { snapshot } = view;
  const captured = readData(CaptureDataSchema, view.latest.capture);
  if (!captured)
    throw new Error(
      "Unexpected draft without a capture note, expected the capture step to run first",
    );
  if (captured.lifecycle)
    return runLifecycleDraft(ctx, view, {
      action,
      captured: { ...captured, lifecycle: captured.lifecycle },
    });
  const before = readData(DraftDataSchema, view.latest.draft);
  const slug = slugify(captured.capture.name);
  const branch = before?.branch ?? `sopflow/${ctx.taskId}-${slug}`;
  const path =
    before?.path ?? sopPath({ docsFolder: ctx.config.docs_folder, slug });
  // A first draft assumes a new file; the commit says when an SOP already sits at the path, and the draft then builds on it.
  const reviewed = reviewedSha(view, action.feedback);
  const walked = readData(WalkthroughDataSchema, view.latest.walkthrough);
  // Without a review (an edited request), the file the walkthrough left at the head is the one to build on.
  const startSha =
    reviewed ?? (before ? (snapshot.pull?.headSha ?? null) : null);
  const known =
    walked?.file !== undefined && walked.sha === startSha
      ? { sha: walked.sha, content: walked.file }
      : undefined;
  const previousText = before
    ? (known?.content ?? (await ctx.forge.readFile(reviewed ?? branch, path)))
    : null;
  const previous = previousText ? parseSop(previousText).file : null;

  // An edited request changes only the facts it changed in the SOP on the branch: no redraft from scratch, no model call.
  const merged =
    previous && action.feedback.length === 0
      ? requestEditMerge(view, { captured, content: previous.content })
      : null;
  ctx.progress?.(
    merged
      ? `Merging the edited request into the draft (revision ${action.revision})…`
      : `Drafting the SOP (revision ${action.revision})…`,
  );
  const result = merged
    ? { value: merged.content, usage: { calls: 0, tokensIn: 0, tokensOut: 0 } }
    : await ctx.model.draft({
        capture: captured.capture,
        previous: previous?.content ?? null,
        feedback: action.feedback,
        earlierFeedback: action.earlierFeedback,
      });
  const today = ctx.now().slice(0, 10);
  const fileOn = (base: SopFile | null) => {
    const built = buildSopFile({
      content: result.value,
      previous: base && before ? asUnpublished(base) : base,
      task: {
        id: `sop-${ctx.taskId}-${slug}`,
        sourceIssue: snapshot.url,
        owner: `@${snapshot.author}`,
      },
      today,
      reviewIntervalDays: ctx.config.review_interval_days,
      author: "",
      change: "",
    });
    const row = revisionRow({
      before: base?.content ?? null,
      after: result.value,
      people: {
        requester: snapshot.author,
        reviewers: action.feedback.map((f) => f.author),
        approver: null,
      },
      version: built.frontMatter.version,
      date: today,
      why: whyRevised({
        base,
        merged: merged !== null,
        feedback: action.feedback,
      }),
    });
    return {
      ...built,
      frontMatter: asMerged(
        built.frontMatter,
        ctx.config.record_approval_in_file,
      ),
      revisions: [...built.revisions.slice(0, -1), row],
    };
  };
  // A redraft edits the file on the branch in place, so what people committed there stays.
  const textOf = (draft: SopFile, source: string | null) =>
    source ? editSop({ source, next: draft }) : renderSop(draft);
  let source = previousText;
  const commitOf = (draft: SopFile, onlyIfNew: boolean) => {
    const content = textOf(draft, source);
    return ctx.forge.commitFile({
      branch,
      base: snapshot.baseBranch,
      path,
      content,
      message: `docs(sop): draft "${draft.content.title}" (revision ${action.revision})`,
      onlyIfNew,
      ...(known ? { known } : {}),
      ...alongsideOf(ctx, { path, before: source, after: content }),
    });
  };
  let file = fileOn(previous);
  const commit = await commitOf(file, !before).catch((error: unknown) => {
    if (!(error instanceof FileExistsError)) throw error;
    source = error.content;
    file = fileOn(parseSop(error.content).file);
    return commitOf(file, false);
  });
  const markdown = textOf(file, source);
  const { pull, data } = await draftPull(ctx, {
    snapshot,
    branch,
    path,
    commit,
    title: `SOP: ${file.content.title}`,
    sopTitle: file.content.title,
  });
  await postNote(ctx, {
    step: "draft",
    revision: action.revision,
    inputs: action.inputs,
    body: draftNoteBody({
      file,
      markdown,
      revision: action.revision,
      path,
      commit,
      permalink: ctx.forge.permalink({ sha: commit, path }),
      pull,
      feedback: action.feedback,
      ...(merged && {
        requestChanges: merged.changes.map(describeCaptureChange),
      }),
      ...(previous && {
        sopChanges: describeChanges(previous.content, file.content),
      }),
    }),
    data,
    usage: result.usage,
  });
}

/**
 * The commit the newest review of this feedback was made on: what the
 * redraft revises. Not the branch head, which may already hold this very
 * redraft when an earlier run committed it and died before its note.
 */
export function reviewedSha(
  view: TaskView,
  feedback: Feedback[],
): string | null {
  const ids = new Set(feedback.map((f) => f.id));
  const reviews = (view.snapshot.pull?.reviews ?? []).filter(
    (r) => ids.has(inputId.review(r.id)) && r.commitId,
  );
  return reviews.at(-1)?.commitId ?? null;
}

/** Why this version exists, for its revision-history row. */
function whyRevised(input: {
  base: SopFile | null;
  merged: boolean;
  feedback: Feedback[];
}): string {
  if (input.base === null) return "First draft from the capture";
  if (input.merged) return "Request edited";
  if (input.feedback.length > 0) return "Redraft for the review";
  return "New draft from a new capture";
}
