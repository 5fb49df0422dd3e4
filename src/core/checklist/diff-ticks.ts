import type { Checkbox } from "./read-checkboxes.js";

/** A box that changed in one edit of the run's body. */
export interface Tick {
  index: number;
  label: string;
  /** true: ticked; false: unticked. */
  checked: boolean;
}

/**
 * The boxes one edit ticked or unticked: the body before and after,
 * matched box by box. When the edit also added or removed boxes, boxes are
 * matched by their label instead, so a reworded list is not read as ticks.
 */
export function diffTicks({
  before,
  after,
}: {
  before: Checkbox[];
  after: Checkbox[];
}): Tick[] {
  const sameShape =
    before.length === after.length &&
    before.every((box, i) => box.label === after[i]?.label);
  if (sameShape)
    return after
      .filter((box, i) => box.checked !== before[i]?.checked)
      .map(({ index, label, checked }) => ({ index, label, checked }));
  const was = new Map<string, boolean>();
  for (const box of before)
    if (!was.has(box.label)) was.set(box.label, box.checked);
  return after
    .filter((box) => was.has(box.label) && was.get(box.label) !== box.checked)
    .map(({ index, label, checked }) => ({ index, label, checked }));
}
