import type { Config } from "../config/config-schema.js";
import { hashText } from "../notes/hash-text.js";
import type { Role } from "../ports/forge.js";
import type { Action } from "./action.js";
import { decideCheckpoint } from "./decide-checkpoint.js";
import { decideCapture } from "./decide-capture.js";
import { decideCommands } from "./decide-commands.js";
import { decideFinished } from "./decide-finished.js";
import { decideResume } from "./decide-resume.js";
import { allFeedback, collectFeedback } from "./collect-feedback.js";
import { CaptureDataSchema, DraftDataSchema, readData } from "./task-data.js";
import { hasOnlyStateLabel } from "./has-only-state-label.js";
import { labelFor } from "./state-labels.js";
import { pendingRetry } from "./pending-retry.js";
import { captureInputs } from "./capture-inputs.js";
import type { TaskView } from "./task-view.js";

export interface DecideInput {
  view: TaskView;
  config: Config;
  /** Roles of the people whose standing matters (approvers, cancellers). */
  roles: Map<string, Role>;
  /** People known to be in a configured approver team. */
  teamMembers: Set<string>;
}

/**
 * The workflow: from what GitHub (or the local repo) holds, the one next
 * thing to do. Level-triggered: it never asks which event arrived, so a lost,
 * repeated or reordered event changes nothing.
 */
export function decide(input: DecideInput): Action {
  const { view, config } = input;
  const { snapshot, latest } = view;
  if (view.cancelled)
    return {
      kind: "wait",
      state: "cancelled",
      reason: "the task was cancelled; reopen the issue to start again",
    };
  if (latest.publish) {
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
  const command = decideCommands(input);
  if (command) return command;

  const draftData = readData(DraftDataSchema, latest.draft);
  const pull =
    snapshot.pull && draftData && snapshot.pull.number === draftData.pull
      ? snapshot.pull
      : null;
  if (pull?.state === "merged" && pull.mergeSha) {
    // Merged by the app (a run that died before its note) or by a person: the approval on the merged head names who approved.
    const approved = [...pull.reviews]
      .reverse()
      .find(
        (r) =>
          r.state === "approved" &&
          r.authorKind === "human" &&
          r.commitId === pull.headSha,
      );
    const approval = approved
      ? { reviewId: approved.id, by: approved.author, at: approved.submittedAt }
      : { reviewId: "", by: pull.mergedBy ?? "unknown", at: "" };
    return {
      kind: "record-publish",
      mergeSha: pull.mergeSha,
      approval: { ...approval, sha: pull.headSha },
    };
  }
  if (pull?.state === "closed")
    return {
      kind: "cancel",
      reason: `pull request #${pull.number} was closed without merging`,
      inputs: [`pull-closed:${pull.number}`],
      closeIssue: snapshot.open,
    };
  if (!snapshot.open)
    return {
      kind: "cancel",
      reason: "the issue was closed before the SOP was published",
      inputs: ["issue-closed"],
      closeIssue: false,
    };

  const error = latest.error;
  const lastNote = view.notes.at(-1);
  const failed = error?.data as
    { step?: string; sha?: string } | null | undefined;
  // A publish that failed on one head waits for people, unless someone pushed since: the new head goes on to its walkthrough.
  const moved =
    failed?.step === "publish" &&
    failed.sha !== undefined &&
    pull !== null &&
    pull.headSha !== failed.sha;
  if (
    error &&
    lastNote === error &&
    !moved &&
    !humanActivitySince(view, error.index, error.createdAt)
  ) {
    const failedStep = failed?.step;
    return failedStep === "publish"
      ? {
          kind: "wait",
          state: "awaiting approval",
          reason:
            "the merge failed; approve the current head again or comment `/sop retry`",
        }
      : {
          kind: "wait",
          state: "failed",
          reason: "a step failed; comment `/sop retry` to try again",
        };
  }

  const capture = readData(CaptureDataSchema, latest.capture);
  const requestHash = hashText(`${snapshot.title}\n${snapshot.body}`);
  if (!latest.draft || !draftData)
    return decideCapture({ view, capture, requestHash });
  // Someone deleted the capture note the draft was made from: capture again (its answers are fresh again) before anything builds on an older capture.
  const madeFrom = Number(
    latest.draft.header.inputs
      .find((i) => i.startsWith("capture:"))
      ?.slice("capture:".length) ?? 0,
  );
  const captured = latest.capture?.header.revision ?? 0;
  if (madeFrom > captured) {
    const again = decideCapture({ view, capture, requestHash });
    if (again.kind === "capture") return again;
  }
  // The operator edited the request after the draft: nothing they said may be lost, so capture it again and redraft.
  if (capture && capture.request !== requestHash)
    return {
      kind: "capture",
      revision: captured + 1,
      answers: [],
      inputs: [`request:${requestHash}`],
    };

  const feedback = collectFeedback(view, latest.draft.index);
  const everything = allFeedback(view, view.cycleStart - 1);
  const usedBy = (notes: typeof view.notes) =>
    everything.filter((f) =>
      notes.some(
        (n) => n.header.step === "draft" && n.header.inputs.includes(f.id),
      ),
    );
  const redraft = feedback.some(
    (f) => f.id.startsWith("review:") && isChangesRequested(view, f.id),
  );
  // A draft names the capture it was made from by revision and content: two handlers of one task at once may each post their own capture of a revision.
  const madeFromHash = latest.draft.header.inputs
    .find((i) => i.startsWith("capture-hash:"))
    ?.slice("capture-hash:".length);
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
        n.header.inputs.includes(`sha:${pull.headSha}`),
    );
  if (!walked) {
    const walk: Extract<Action, { kind: "walkthrough" }> = {
      kind: "walkthrough",
      revision: (latest.walkthrough?.header.revision ?? 0) + 1,
      sha: pull.headSha,
      feedback: usedBy([latest.draft]),
      earlierFeedback: usedBy(view.notes.filter((n) => n !== latest.draft)),
      inputs: [
        `draft:${latest.draft.header.revision}`,
        `sha:${pull.headSha}`,
        ...(retry ? [retry] : []),
      ],
    };
    return decideResume({ ...input, pull, walk }) ?? walk;
  }
  return decideCheckpoint({ ...input, pull, config });
}

function isChangesRequested(view: TaskView, id: string): boolean {
  return (view.snapshot.pull?.reviews ?? []).some(
    (r) => `review:${r.id}` === id && r.state === "changes_requested",
  );
}

function humanActivitySince(
  view: TaskView,
  index: number,
  at: string,
): boolean {
  const comment = view.snapshot.comments.some(
    (c, i) => i > index && c.authorKind === "human",
  );
  const review = (view.snapshot.pull?.reviews ?? []).some(
    (r) => r.authorKind === "human" && r.submittedAt > at,
  );
  return comment || review;
}
