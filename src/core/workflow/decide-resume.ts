import type { PullSnapshot } from "../ports/forge.js";
import type { Action } from "./action.js";
import { decideCheckpoint } from "./decide-checkpoint.js";
import type { DecideInput } from "./decide-input.js";
import { readData, WalkthroughDataSchema } from "./task-data.js";
import type { TaskView } from "./task-view.js";

type Publish = Extract<Action, { kind: "publish" }>;

/** The commit the latest walkthrough of the current draft ended on, if any. */
export function walkedSha(view: TaskView): string | null {
  const { walkthrough, draft } = view.latest;
  if (!walkthrough || !draft || walkthrough.index < draft.index) return null;
  return readData(WalkthroughDataSchema, walkthrough)?.sha ?? null;
}

/**
 * Publishing records the approval in the file, then merges. A run that died
 * in between left a head nobody walked: the app's own approval record on
 * top of the approved commit. This is the publish that approval would make,
 * provided the head could hold nothing but that record (the pull request
 * changes the SOP, and the catalog beside it); whether it does is read from
 * the files (recordedHead).
 */
export function resumeCandidate(
  input: DecideInput & { pull: PullSnapshot },
): Publish | null {
  const { view, pull, config } = input;
  const approved = walkedSha(view);
  if (
    !approved ||
    approved === pull.headSha ||
    (pull.changedFiles !== 1 && pull.changedFiles !== 2)
  )
    return null;
  const checkpoint = decideCheckpoint({
    ...input,
    pull: { ...pull, headSha: approved },
  });
  // An override is recorded in the file whatever record_approval_in_file says.
  return checkpoint.kind === "publish" &&
    (config.record_approval_in_file || checkpoint.override)
    ? checkpoint
    : null;
}

/**
 * Publish the head as it is when it holds exactly the approval record the
 * publish step would write; anything else on it is a push to walk through
 * (null: the caller walks).
 */
export function decideResume(
  input: DecideInput & { pull: PullSnapshot },
): Publish | null {
  const candidate = resumeCandidate(input);
  const { recordedHead } = input;
  if (
    !candidate ||
    recordedHead?.sha !== input.pull.headSha ||
    !recordedHead.matches
  )
    return null;
  return { ...candidate, recordedHead: input.pull.headSha };
}
