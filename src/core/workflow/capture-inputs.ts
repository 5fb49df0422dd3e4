import type { TaskView } from "./task-view.js";

/**
 * A draft's inputs that name the capture it was made from: its revision and
 * its content hash (two handlers of one task at once may each post a capture
 * of the same revision).
 */
export function captureInputs(
  capture: TaskView["latest"]["capture"],
): string[] {
  return capture
    ? [
        `capture:${capture.header.revision}`,
        `capture-hash:${capture.header.hash}`,
      ]
    : ["capture:0"];
}
