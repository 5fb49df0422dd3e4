import { STATE_LABEL_NAMES } from "./state-labels.js";

/** True when `name` is the task's one and only state label. */
export function hasOnlyStateLabel(labels: string[], name: string): boolean {
  const state = labels.filter((l) => STATE_LABEL_NAMES.includes(l));
  return state.length === 1 && state[0] === name;
}
