import type { PullSnapshot } from "../ports/forge.js";
import type { Action } from "./action.js";
import { decideCheckpoint } from "./decide-checkpoint.js";
import type { DecideInput } from "./decide.js";
import { readData, WalkthroughDataSchema } from "./task-data.js";
import type { TaskView } from "./task-view.js";

/** The commit the latest walkthrough of the current draft ended on, if any. */
export function walkedSha(view: TaskView): string | null {
  const { walkthrough, draft } = view.latest;
  if (!walkthrough || !draft || walkthrough.index < draft.index) return null;
  return readData(WalkthroughDataSchema, walkthrough)?.sha ?? null;
}

/**
 * Publishing records the approval in the file, then merges. A run that died
 * in between left a head nobody walked: the app's own approval record on
 * top of the approved commit. Then the approval still counts, provided the
 * head holds nothing but that record — the pull request changes one file,
 * and the publish step checks that file is exactly the record it would
 * write (else it walks the head like any other push).
 */
export function decideResume(
  input: DecideInput & {
    pull: PullSnapshot;
    walk: Extract<Action, { kind: "walkthrough" }>;
  },
): Action | null {
  const { view, pull, config } = input;
  const approved = walkedSha(view);
  if (!approved || approved === pull.headSha || pull.changedFiles !== 1)
    return null;
  const checkpoint = decideCheckpoint({
    ...input,
    pull: { ...pull, headSha: approved },
  });
  // An override is recorded in the file whatever record_approval_in_file says.
  if (
    checkpoint.kind !== "publish" ||
    (!config.record_approval_in_file && !checkpoint.override)
  )
    return null;
  return {
    ...checkpoint,
    recorded: { head: pull.headSha, otherwise: input.walk },
  };
}
