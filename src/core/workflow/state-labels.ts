/** One label per task state, so people and filters can see where a task stands. */
export const STATE_LABELS = {
  capturing: {
    name: "sop: capturing",
    color: "c5def5",
    description: "sopflow is capturing the process",
  },
  "needs info": {
    name: "sop: needs info",
    color: "fbca04",
    description: "sopflow waits for answers to its questions",
  },
  drafting: {
    name: "sop: drafting",
    color: "bfd4f2",
    description: "sopflow is drafting the SOP",
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

export function labelFor(state: TaskState): (typeof STATE_LABELS)[TaskState] {
  return STATE_LABELS[state];
}
