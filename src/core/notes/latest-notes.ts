import type { NoteStep } from "./note-header.js";
import type { ListedNote } from "./list-notes.js";

/** The newest revision of each step's note (a later note wins a tie). */
export function latestNotes(
  notes: ListedNote[],
): Partial<Record<NoteStep, ListedNote>> {
  const latest: Partial<Record<NoteStep, ListedNote>> = {};
  for (const note of notes) {
    const current = latest[note.header.step];
    if (!current || note.header.revision >= current.header.revision)
      latest[note.header.step] = note;
  }
  return latest;
}
