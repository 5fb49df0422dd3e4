import type { SopContent } from "../sop/sop-schema.js";
import type { CaptureChange } from "./capture-changes.js";
import { mergeRequestEdit } from "./merge-request-edit.js";
import { findInput } from "./task-input.js";
import { CaptureDataSchema, readData, type CaptureData } from "./task-data.js";
import type { TaskView } from "./task-view.js";

/**
 * When the request was edited after the current draft was made, that draft's
 * SOP with only the changed facts applied; null for any other draft (a
 * first draft, a redraft for review feedback).
 */
export function requestEditMerge(
  view: TaskView,
  input: { captured: CaptureData; content: SopContent },
): { content: SopContent; changes: CaptureChange[] } | null {
  const draft = view.latest.draft;
  if (!draft) return null;
  const revision = findInput(draft.header.inputs, "capture")?.revision;
  const hash = findInput(draft.header.inputs, "capture-hash")?.hash;
  const note = view.notes.find(
    (n) =>
      n.header.step === "capture" &&
      n.header.revision === revision &&
      (hash === undefined || n.header.hash === hash),
  );
  const madeFrom = readData(CaptureDataSchema, note);
  if (!madeFrom || madeFrom.request === input.captured.request) return null;
  return mergeRequestEdit({
    content: input.content,
    before: madeFrom.capture,
    after: input.captured.capture,
  });
}
