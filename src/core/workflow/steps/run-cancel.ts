import { simpleNoteBody } from "../bodies/simple-note-body.js";
import type { Action } from "../action.js";
import { labelFor } from "../state-labels.js";
import { participants } from "../participants.js";
import type { RunContext } from "../run-context.js";
import { DraftDataSchema, readData } from "../task-data.js";
import type { TaskView } from "../task-view.js";
import { postNote } from "./post-note.js";

/**
 * Cancel: label, close (so reopening restarts), close the draft pull request
 * and delete its branch, then the note that marks it. Every write is
 * idempotent and the note comes last, so a run that dies midway is finished
 * by the next one (the command is not consumed until the note exists).
 */
export async function runCancel(
  ctx: RunContext,
  view: TaskView,
  action: Extract<Action, { kind: "cancel" }>,
): Promise<void> {
  await ctx.forge.setStateLabel(
    labelFor("cancelled").name,
    action.closeIssue ? { close: "not_planned" } : {},
  );
  const cleaned = action.cleanUp ? await cleanUp(ctx, view) : [];
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
      ...cleaned,
      "Reopen this issue to start the SOP again; everything captured so far stays on record above.",
    ),
  });
}

/** Close the task's draft pull request and delete its branch; what was done, or why not, in words for the note. */
async function cleanUp(ctx: RunContext, view: TaskView): Promise<string[]> {
  const draft = readData(DraftDataSchema, view.latest.draft);
  const pull = view.snapshot.pull;
  if (!draft || pull?.number !== draft.pull || pull.state === "merged")
    return [];
  const said: string[] = [];
  if (pull.state === "open") {
    const closed = await ctx.forge.closePull(pull.number);
    if (!closed.ok) {
      ctx.log.warn(
        { issue: ctx.taskId, pull: pull.number, reason: closed.message },
        "could not close the draft pull request",
      );
      return [
        `Could not close pull request #${pull.number} (${closed.message}), so its branch \`${draft.branch}\` stays too: close it by hand, or give sopflow write access to pull requests and comment \`/sop cancel\` again.`,
      ];
    }
    said.push(`Closed pull request #${pull.number}.`);
  }
  const deleted = await ctx.forge.deleteBranch(draft.branch);
  if (!deleted.ok) {
    ctx.log.warn(
      { issue: ctx.taskId, branch: draft.branch, reason: deleted.message },
      "could not delete the draft branch",
    );
    said.push(
      `Could not delete branch \`${draft.branch}\` (${deleted.message}): delete it by hand.`,
    );
  } else said.push(`Deleted branch \`${draft.branch}\`.`);
  return [said.join(" ")];
}
