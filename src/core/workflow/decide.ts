import { hashText } from "../notes/hash-text.js";
import type { Action } from "./action.js";
import type { DecideInput } from "./decide-input.js";
import { decideCheckpoint } from "./decide-checkpoint.js";
import { decideCapture } from "./decide-capture.js";
import { decideCommands } from "./decide-commands.js";
import { decideCancelled } from "./decide-cancelled.js";
import { decideEnded } from "./decide-ended.js";
import { decideFailed } from "./decide-failed.js";
import { decideFinished } from "./decide-finished.js";
import { decideResume } from "./decide-resume.js";
import { decideLifecycle } from "./decide-lifecycle.js";
import { isLifecycleTask } from "../revise/lifecycle-request.js";
import { allFeedback, collectFeedback } from "./collect-feedback.js";
import { CaptureDataSchema, DraftDataSchema, readData } from "./task-data.js";
import { hasOnlyStateLabel, labelFor } from "./state-labels.js";
import { pendingRetry } from "./pending-retry.js";
import type { TaskView } from "./task-view.js";
import { captureInputs, findInput, inputId } from "./task-input.js";

/**
 * The workflow: from what GitHub (or the local repo) holds, the one next
 * thing to do. Level-triggered: it never asks which event arrived, so a lost,
 * repeated or reordered event changes nothing.
 */
export function decide(input: DecideInput): Action {
  const { view, config } = input;
  const { snapshot, latest } = view;
  if (view.cancelled) return decideCancelled(view);
  if (latest.publish) {
    const lifecycle = decideLifecycle(input);
    if (lifecycle) return lifecycle;
    const settled =
      !snapshot.open &&
      hasOnlyStateLabel(snapshot.labels, labelFor("published").name);
    if (!settled)
      return { kind: "finish", state: "published", closeIssue: snapshot.open };
    return (
      decideFinished(view) ?? {
        kind: "wait",
        state: "published",
        reason: "the SOP is published",
      }
    );
  }
  // A review issue or a "Revise an SOP" issue starts from the published file, never from a capture of its text.
  if (!latest.capture && isLifecycleTask({ snapshot })) {
    return (
      decideLifecycle(input) ??
      decideCommands(input) ?? {
        kind: "wait",
        state: null,
        reason:
          "the review issue waits for `/sop confirm`, `/sop revise` or `/sop retire`",
      }
    );
  }
  const command = decideCommands(input);
  if (command) return command;

  const draftData = readData(DraftDataSchema, latest.draft);
  const pull =
    snapshot.pull && draftData && snapshot.pull.number === draftData.pull
      ? snapshot.pull
      : null;
  const ended = decideEnded(view, pull);
  if (ended) return ended;
  const failed = decideFailed(view, pull);
  if (failed) return failed;

  const capture = readData(CaptureDataSchema, latest.capture);
  const requestHash = hashText(`${snapshot.title}\n${snapshot.body}`);
  if (!latest.draft || !draftData) {
    if (capture?.lifecycle)
      return {
        kind: "draft",
        revision: (latest.draft?.header.revision ?? 0) + 1,
        feedback: [],
        earlierFeedback: [],
        inputs: captureInputs(latest.capture),
      };
    return decideCapture({ view, capture, requestHash });
  }
  // Someone deleted the capture note the draft was made from: capture again (its answers are fresh again) before anything builds on an older capture.
  const madeFrom =
    findInput(latest.draft.header.inputs, "capture")?.revision ?? 0;
  const captured = latest.capture?.header.revision ?? 0;
  if (madeFrom > captured) {
    const again = decideCapture({ view, capture, requestHash });
    if (again.kind === "capture") return again;
  }
  // The operator edited the request after the draft: nothing they said may be lost, so capture it again and redraft.
  if (capture && !capture.lifecycle && capture.request !== requestHash)
    return {
      kind: "capture",
      revision: captured + 1,
      answers: [],
      inputs: [inputId.request(requestHash)],
    };

  const feedback = collectFeedback(view, latest.draft.index);
  const everything = allFeedback(view, view.cycleStart - 1);
  const usedBy = (notes: typeof view.notes) =>
    everything.filter((f) =>
      notes.some(
        (n) => n.header.step === "draft" && n.header.inputs.includes(f.id),
      ),
    );
  const redraft = feedback.some((f) => isChangesRequested(view, f.id));
  // A draft names the capture it was made from by revision and content: two handlers of one task at once may each post their own capture of a revision.
  const madeFromHash = findInput(
    latest.draft.header.inputs,
    "capture-hash",
  )?.hash;
  const newerCapture =
    (madeFrom > 0 && captured > madeFrom) ||
    (madeFromHash !== undefined &&
      latest.capture !== undefined &&
      madeFromHash !== latest.capture.header.hash);
  if (redraft || !pull || newerCapture) {
    return {
      kind: "draft",
      revision: latest.draft.header.revision + 1,
      feedback,
      earlierFeedback: usedBy(view.notes),
      inputs: [...captureInputs(latest.capture), ...feedback.map((f) => f.id)],
    };
  }
  // `/sop retry` with nothing failed redoes the last step: the walkthrough, under the settings read for it.
  const retry = pendingRetry(
    view,
    latest.walkthrough?.index ?? latest.draft.index,
  );
  const walked =
    !retry &&
    view.notes.some(
      (n) =>
        n.header.step === "walkthrough" &&
        n.header.inputs.includes(inputId.sha(pull.headSha)),
    );
  if (!walked) {
    const walk: Extract<Action, { kind: "walkthrough" }> = {
      kind: "walkthrough",
      revision: (latest.walkthrough?.header.revision ?? 0) + 1,
      sha: pull.headSha,
      feedback: usedBy([latest.draft]),
      earlierFeedback: usedBy(view.notes.filter((n) => n !== latest.draft)),
      inputs: [
        inputId.draft(latest.draft.header.revision),
        inputId.sha(pull.headSha),
        ...(retry ? [retry] : []),
      ],
    };
    return decideResume({ ...input, pull }) ?? walk;
  }
  return decideCheckpoint({ ...input, pull, config });
}

function isChangesRequested(view: TaskView, id: string): boolean {
  return (view.snapshot.pull?.reviews ?? []).some(
    (r) => inputId.review(r.id) === id && r.state === "changes_requested",
  );
}
