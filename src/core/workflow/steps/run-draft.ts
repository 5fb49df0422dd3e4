import { editSop } from "../../sop/edit-sop.js";
import { renderSop } from "../../sop/render-sop.js";
import { parseSop } from "../../sop/parse-sop.js";
import { buildSopFile } from "../../sop/build-sop-file.js";
import { slugify } from "../../sop/slugify.js";
import { sopPath } from "../../sop/sop-path.js";
import { inertMentions } from "../../markdown/inert-mentions.js";
import { stringifyMarkdown } from "../../markdown/stringify-markdown.js";
import type { Action } from "../action.js";
import { draftNoteBody } from "../bodies/draft-note-body.js";
import { pullBody } from "../bodies/pull-body.js";
import type { RunContext } from "../run-context.js";
import {
  CaptureDataSchema,
  DraftDataSchema,
  readData,
  WalkthroughDataSchema,
  type DraftData,
} from "../task-data.js";
import type { TaskView } from "../task-view.js";
import type { Feedback } from "../../ports/model.js";
import { FileExistsError } from "../../ports/forge.js";
import type { SopFile } from "../../sop/sop-schema.js";
import { postNote } from "./post-note.js";
import { runLifecycleDraft } from "./run-lifecycle-draft.js";
import { inputId } from "../task-input.js";
import { revisionChange } from "./revision-change.js";
import { alongsideOf } from "./alongside-of.js";

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
  const known =
    walked?.file !== undefined && walked.sha === reviewed
      ? { sha: walked.sha, content: walked.file }
      : undefined;
  const previousText = before
    ? (known?.content ?? (await ctx.forge.readFile(reviewed ?? branch, path)))
    : null;
  const previous = previousText ? parseSop(previousText).file : null;

  ctx.progress?.(`Drafting the SOP (revision ${action.revision})…`);
  const result = await ctx.model.draft({
    capture: captured.capture,
    previous: previous?.content ?? null,
    feedback: action.feedback,
    earlierFeedback: action.earlierFeedback,
  });
  const fileOn = (base: SopFile | null) =>
    buildSopFile({
      content: result.value,
      previous: base,
      task: {
        id: `sop-${ctx.taskId}-${slug}`,
        sourceIssue: snapshot.url,
        owner: `@${snapshot.author}`,
      },
      today: ctx.now().slice(0, 10),
      reviewIntervalDays: ctx.config.review_interval_days,
      author: `sopflow (${ctx.model.identity.provider})`,
      change: revisionChange({
        requester: snapshot.author,
        feedback: action.feedback,
        before: base?.content ?? null,
        after: result.value,
      }),
    });
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
  const pull =
    snapshot.pull &&
    snapshot.pull.branch === branch &&
    snapshot.pull.state === "open"
      ? snapshot.pull
      : await ctx.forge.openPull({
          branch,
          base: snapshot.baseBranch,
          title: `SOP: ${file.content.title}`,
          body: stringifyMarkdown(
            inertMentions({
              tree: pullBody({
                title: file.content.title,
                taskUrl: snapshot.url,
                taskNumber: snapshot.number,
                path,
              }),
              keep: [],
            }),
          ),
        });
  const data: DraftData = {
    path,
    branch,
    commit,
    pull: pull.number,
    title: file.content.title,
    config: ctx.config,
  };
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
