import { listNotes } from "../../core/notes/list-notes.js";
import type { TaskSnapshot } from "../../core/ports/forge.js";
import type { Terminal } from "./terminal.js";

/** Print the notes posted since `seen` (a count of notes); returns the new count. */
export function printNewNotes(
  terminal: Terminal,
  snapshot: TaskSnapshot,
  seen: number,
): number {
  const notes = listNotes(snapshot.comments);
  for (const note of notes.slice(seen)) {
    const body = note.body
      .replace(/<\/?details>|<summary>[^<]*<\/summary>/g, "")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
    terminal.print(`\n${body}\n`);
  }
  return notes.length;
}
