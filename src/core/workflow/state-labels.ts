import { sameName } from "../same-name.js";

/** One label per task state, so people and filters can see where a task stands. */
export const STATE_LABELS = {
  "needs info": {
    name: "sop: needs info",
    color: "fbca04",
    description: "sopflow waits for answers to its questions",
  },
  "awaiting approval": {
    name: "sop: awaiting approval",
    color: "0e8a16",
    description: "The SOP waits for an approving PR review",
  },
  published: {
    name: "sop: published",
    color: "5319e7",
    description: "The SOP is published",
  },
  cancelled: {
    name: "sop: cancelled",
    color: "cccccc",
    description: "The SOP task was cancelled",
  },
  failed: {
    name: "sop: failed",
    color: "d93f0b",
    description: "A step failed; comment /sop retry to try again",
  },
} as const;

export type TaskState = keyof typeof STATE_LABELS;

export const STATE_LABEL_NAMES: readonly string[] = Object.values(
  STATE_LABELS,
).map((l) => l.name);

export type StateLabel = (typeof STATE_LABELS)[TaskState];

export function labelFor(state: TaskState): StateLabel {
  return STATE_LABELS[state];
}

/** The state label called `name` (GitHub label names compare without case), if it is one. */
export function stateLabelNamed(name: string): StateLabel | undefined {
  return Object.values(STATE_LABELS).find((l) => sameName(l.name, name));
}

export function isStateLabel(name: string): boolean {
  return stateLabelNamed(name) !== undefined;
}

/** True when `name` is the task's one and only state label. */
export function hasOnlyStateLabel(labels: string[], name: string): boolean {
  const state = labels.filter(isStateLabel);
  return state.length === 1 && sameName(state[0] ?? "", name);
}
