import type { TaskView } from "./task-view.js";
import { inputId } from "./task-input.js";

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
        inputId.capture(capture.header.revision),
        inputId.captureHash(capture.header.hash),
      ]
    : [inputId.capture(0)];
}
