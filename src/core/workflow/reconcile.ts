import { NOTE_STEPS, type NoteStep } from "../notes/note-header.js";
import type { Role } from "../ports/forge.js";
import type { Action } from "./action.js";
import { approvers } from "./decide-checkpoint.js";
import { cancelRequesters } from "./decide-commands.js";
import { lifecycleAskers } from "./decide-lifecycle.js";
import { decide } from "./decide.js";
import { walkedSha } from "./decide-resume.js";
import { readRecordedHead } from "./read-recorded-head.js";
import { heardView, replyOrDecided, speakers } from "./command-authority.js";
import { learnPushers } from "./learn-pushers.js";
import type { RunContext } from "./run-context.js";
import { hasOnlyStateLabel, labelFor, type TaskState } from "./state-labels.js";
import { postError } from "./steps/post-error.js";
import { runCapture } from "./steps/run-capture.js";
import { runDraft } from "./steps/run-draft.js";
import { postReply } from "./steps/post-reply.js";
import { recordPublish } from "./steps/record-publish.js";
import { runCancel } from "./steps/run-cancel.js";
import { runFinish } from "./steps/run-finish.js";
import { runPublish } from "./steps/run-publish.js";
import { runWalkthrough } from "./steps/run-walkthrough.js";
import { buildTaskView, type TaskView } from "./task-view.js";
import { messageOf } from "../message-of.js";
import { loadTask } from "./load-task.js";

export interface ReconcileResult {
  state: TaskState | null;
  reason: string;
  /** The actions taken, in order (e.g. ["capture", "draft", "walkthrough"]). */
  actions: string[];
}

/** More steps than a full lifecycle ever takes in one pass: a guard against a decision loop. */
const MAX_ACTIONS = 16;

/**
 * Bring one task forward as far as it can go now: read it, decide, act,
 * and again, until the workflow waits for a person. A failing step leaves a
 * visible note and the error is rethrown for the shell to report. The notes
 * of the run are posted together at its end, whatever the outcome.
 */
export async function reconcile(ctx: RunContext): Promise<ReconcileResult> {
  const actions: string[] = [];
  let settled = false;
  try {
    const result = await advance(ctx, actions);
    settled = true;
    return result;
  } finally {
    await flushNotes(ctx, { settled, actions });
  }
}

/**
 * Post the run's notes. After a failed run a failure here is only logged, so
 * the step's own error is the one reported; after a run that went well, a
 * note says the steps' notes were lost (the next run does them again).
 */
async function flushNotes(
  ctx: RunContext,
  run: { settled: boolean; actions: string[] },
): Promise<void> {
  try {
    await ctx.forge.flush();
  } catch (error) {
    ctx.log.error(
      { issue: ctx.taskId, err: error },
      "could not post the notes of the run",
    );
    if (!run.settled) return;
    const message = messageOf(error);
    const step = lostStep(run.actions);
    await reportLostNotes(ctx, { step, message }).catch(
      (noteError: unknown) => {
        ctx.log.error(
          { issue: ctx.taskId, err: noteError },
          "could not post the error note",
        );
      },
    );
    throw new Error(
      `The ${step} step of task ${ctx.taskId} failed: ${message}`,
      { cause: error },
    );
  }
}

async function reportLostNotes(
  ctx: RunContext,
  input: { step: NoteStep; message: string },
): Promise<void> {
  await postError(ctx, buildTaskView(await loadTask(ctx.forge)), input);
  await ctx.forge.setStateLabel(labelFor("failed").name);
  await ctx.forge.flush();
}

/** The first step of the run that left a note. */
function lostStep(actions: string[]): NoteStep {
  const steps = actions.map((a) => (a === "record-publish" ? "publish" : a));
  return (
    steps.find((a): a is NoteStep =>
      (NOTE_STEPS as readonly string[]).includes(a),
    ) ?? "reply"
  );
}

async function advance(
  ctx: RunContext,
  actions: string[],
): Promise<ReconcileResult> {
  const roles = new Map<string, Role>();
  const teamMembers = new Set<string>();
  let pushers: Set<string> | undefined;
  for (let i = 0; i < MAX_ACTIONS; i++) {
    const read = buildTaskView(await loadTask(ctx.forge));
    await learnStanding(ctx, read, roles, teamMembers);
    const { view, refusal } = heardView(read, {
      roles,
      limit: ctx.config.model_command_limit,
    });
    pushers ??= await learnPushers(ctx, view);
    const facts = {
      view,
      config: ctx.config,
      roles,
      teamMembers,
      ...(pushers ? { pushers } : {}),
    };
    const recordedHead = await readRecordedHead(ctx, facts);
    const decided = decide({
      ...facts,
      ...(recordedHead && { recordedHead }),
    });
    const action = replyOrDecided({ refusal, decided, view });
    ctx.log.debug({ issue: ctx.taskId, action: action.kind }, "decided");
    if (action.kind === "wait") {
      if (
        action.state &&
        !hasOnlyStateLabel(view.snapshot.labels, labelFor(action.state).name)
      ) {
        await ctx.forge.setStateLabel(labelFor(action.state).name);
      }
      return { state: action.state, reason: action.reason, actions };
    }
    actions.push(action.kind);
    await act(ctx, view, action);
    if (action.kind === "finish")
      return { state: action.state, reason: "the SOP is published", actions };
  }
  throw new Error(
    `Unexpected decision loop on task ${ctx.taskId} after ${MAX_ACTIONS} actions (${actions.join(", ")}), expected the workflow to settle`,
  );
}

async function act(
  ctx: RunContext,
  view: TaskView,
  action: Exclude<Action, { kind: "wait" }>,
): Promise<void> {
  try {
    switch (action.kind) {
      case "capture":
        return await runCapture(ctx, view, action);
      case "draft":
        return await runDraft(ctx, view, action);
      case "walkthrough":
        return await runWalkthrough(ctx, view, action);
      case "publish":
        return await runPublish(ctx, view, action);
      case "record-publish":
        return await recordPublish(ctx, view, action);
      case "cancel":
        return await runCancel(ctx, view, action);
      case "reply":
        return await postReply(ctx, view, action);
      case "finish":
        return await runFinish(ctx, action);
    }
  } catch (error) {
    const message = messageOf(error);
    ctx.log.error(
      { issue: ctx.taskId, step: action.kind, err: error },
      `the ${action.kind} step failed`,
    );
    if (["capture", "draft", "walkthrough", "publish"].includes(action.kind)) {
      // The label shows what the note says: a failed step waits for `/sop retry`, a failed publish for approval.
      const state = action.kind === "publish" ? "awaiting approval" : "failed";
      await postError(ctx, view, { step: action.kind as "capture", message })
        .then(() => ctx.forge.setStateLabel(labelFor(state).name))
        .catch((noteError: unknown) => {
          ctx.log.error(
            { issue: ctx.taskId, err: noteError },
            "could not post the error note",
          );
        });
    }
    throw new Error(
      `The ${action.kind} step of task ${ctx.taskId} failed: ${message}`,
      { cause: error },
    );
  }
}

/** Read the roles (and team memberships) the next decision depends on, once per run. */
async function learnStanding(
  ctx: RunContext,
  view: TaskView,
  roles: Map<string, Role>,
  teamMembers: Set<string>,
): Promise<void> {
  // A published task's approvers decided already: only a new request's asker matters there.
  const users = [
    ...(view.latest.publish
      ? []
      : approvers(view.snapshot.pull, walkedSha(view))),
    ...cancelRequesters(view),
    ...lifecycleAskers(view),
    ...speakers(view),
  ].filter((u) => !roles.has(u));
  for (const user of new Set(users)) {
    roles.set(user, await ctx.forge.roleOf(user));
    for (const team of ctx.config.approvers.teams) {
      if (await ctx.forge.isTeamMember({ team, user })) teamMembers.add(user);
    }
  }
}
