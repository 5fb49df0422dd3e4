import { diffTicks } from "./diff-ticks.js";
import type { Checkbox } from "./read-checkboxes.js";
import type { RunRecord } from "./run-record.js";

/** The changes a run record keeps: up to about 450 characters each, so the comment stays within GitHub's limit. */
export const LOG_LIMIT = 100;

/**
 * One edit of a run's body added to its record. The edit's own "before"
 * (the delivery's `changes.body.from`) splits what changed: from the
 * recorded boxes to "before" happened in edits sopflow never heard of (by
 * unknown), from "before" to "after" is the sender's. Returns the new
 * record, whether anything changed, and whether every box is now ticked.
 */
export function recordEdit({
  record,
  before,
  after,
  sender,
  at,
}: {
  record: RunRecord;
  /** The boxes of the body before this edit, or null when the delivery did not say. */
  before: Checkbox[] | null;
  after: Checkbox[];
  sender: string;
  at: string;
}): { record: RunRecord; changed: boolean; complete: boolean } {
  const missed =
    before === null ? [] : diffTicks({ before: record.boxes, after: before });
  const own = diffTicks({ before: before ?? record.boxes, after });
  const log = [
    ...record.log,
    ...missed.map((tick) => ({ ...tick, by: null, at })),
    ...own.map((tick) => ({ ...tick, by: sender, at })),
  ];
  // A comment holds 65,536 characters: past the limit the oldest changes go (the latest per box stays).
  while (log.length > LOG_LIMIT) {
    const drop = log.findIndex((entry, i) =>
      log.slice(i + 1).some((later) => later.index === entry.index),
    );
    log.splice(drop === -1 ? 0 : drop, 1);
  }
  const changed =
    log.length !== record.log.length ||
    after.length !== record.boxes.length ||
    after.some((box, i) => box.label !== record.boxes[i]?.label);
  return {
    record: { v: 1, boxes: after, log },
    changed,
    complete: after.length > 0 && after.every((box) => box.checked),
  };
}
