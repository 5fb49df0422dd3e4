import { approvedBy } from "../../sop/approve-sop-file.js";
import { parseSop } from "../../sop/parse-sop.js";
import type { Action } from "../action.js";
import type { RunContext } from "../run-context.js";
import { DraftDataSchema, readData } from "../task-data.js";
import type { TaskView } from "../task-view.js";
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
      : approvedBy(parseSop(text).file.frontMatter)?.replace(/^@/, "");
  await postPublishNote(ctx, view, {
    mergeSha: action.mergeSha,
    path: draft.path,
    by: recorded || action.approval.by,
    pull: view.snapshot.pull,
  });
}
