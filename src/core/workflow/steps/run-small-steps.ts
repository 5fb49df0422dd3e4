import { parseSop } from "../../sop/parse-sop.js";
import { simpleNoteBody } from "../bodies/simple-note-body.js";
import type { Action } from "../action.js";
import { labelFor } from "../state-labels.js";
import { participants } from "../participants.js";
import type { RunContext } from "../run-context.js";
import { DraftDataSchema, readData } from "../task-data.js";
import type { TaskView } from "../task-view.js";
import { postNote } from "./post-note.js";
import { postPublishNote } from "./post-publish-note.js";

/** The PR was merged (by a person, or by us before a crash): record the publish. */
export async function recordPublish(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "record-publish" }>,
): Promise<void> {
  const draft = readData(DraftDataSchema, view.latest.draft);
  if (!draft || !view.snapshot.pull)
    throw new Error(
      "Unexpected merged pull request without a draft note, expected the draft step first",
    );
  // When we merged before a crash, the merger is the app: the approver is the one the file records.
  const text = await ctx.forge.readFile(action.mergeSha, draft.path);
  const recorded =
    text === null
      ? undefined
      : parseSop(text).file.frontMatter.approval?.by.replace(/^@/, "");
  await postPublishNote(ctx, view, {
    mergeSha: action.mergeSha,
    path: draft.path,
    by: recorded || action.approval.by,
    pull: view.snapshot.pull,
  });
}

/** Cancel: label, close (so reopening restarts), then the note that marks it. */
export async function runCancel(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "cancel" }>,
): Promise<void> {
  await ctx.forge.setStateLabel(
    labelFor("cancelled").name,
    action.closeIssue ? { close: "not_planned" } : {},
  );
  await postNote(ctx, {
    step: "cancel",
    revision:
      view.allNotes.filter((n) => n.header.step === "cancel").length + 1,
    inputs: action.inputs,
    byModel: false,
    data: { reason: action.reason },
    mentionable: participants(view),
    body: simpleNoteBody(
      "Task cancelled",
      `Cancelled: ${action.reason}.`,
      "Reopen this issue to start the SOP again; everything captured so far stays on record above.",
    ),
  });
}

export async function postReply(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "reply" }>,
): Promise<void> {
  await postNote(ctx, {
    step: "reply",
    revision: view.notes.filter((n) => n.header.step === "reply").length + 1,
    inputs: action.inputs,
    byModel: false,
    data: null,
    mentionable: participants(view),
    body: simpleNoteBody("sopflow", action.body),
  });
}

/** After the publish note: the label and the closed issue follow. */
export async function finish(
  ctx: RunContext,
  action: Extract<Action, { kind: "finish" }>,
): Promise<void> {
  await ctx.forge.setStateLabel(
    labelFor(action.state).name,
    action.closeIssue ? { close: "completed" } : {},
  );
}
