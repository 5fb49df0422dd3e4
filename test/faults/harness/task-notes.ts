import { decodeNotePart } from "../../../src/core/notes/decode-note-part.js";
import {
  listNotes,
  type ListedNote,
} from "../../../src/core/notes/list-notes.js";
import { NOTE_SEPARATOR } from "../../../src/core/notes/note-markers.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";

/** The task's notes as the app reads them (only the app's own comments count). */
export function notesOf(double: GitHubDouble, task = 1): ListedNote[] {
  const comments = double.issue(task)?.comments ?? [];
  return listNotes(
    comments.map((c) => ({
      id: String(c.id),
      author: c.author,
      authorKind: c.author === "sopflow[bot]" ? "self" : "human",
      body: c.body,
      createdAt: c.createdAt,
    })),
  );
}

/** "step:revision" of every note, oldest first. */
export function noteKeys(double: GitHubDouble, task = 1): string[] {
  return notesOf(double, task).map(
    (n) => `${n.header.step}:${n.header.revision}`,
  );
}

/** A comment's text as GitHub shows it: Markdown escapes removed. */
export function shown(body: string | undefined): string {
  return (body ?? "").replace(/\\(.)/g, "$1");
}

/** Where each note part the app wrote sits in a comment body (a comment holds a run's notes back to back). */
export function partSpans(body: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (
    let start = 0, part = decodeNotePart(body);
    part;
    part = part.end < body.length ? decodeNotePart(body, start) : null
  ) {
    spans.push({ start, end: part.end });
    start = part.end + NOTE_SEPARATOR.length;
  }
  return spans;
}
