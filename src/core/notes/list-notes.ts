import type { TaskComment } from "../ports/forge.js";
import { decodeNotePart, type NotePart } from "./decode-note-part.js";
import { hashText } from "./hash-text.js";
import type { Note } from "./note-header.js";
import { DATA_PREFIX, MARKER_SUFFIX } from "./note-markers.js";

export interface ListedNote extends Note {
  /** Position of the note's last part among the task's comments: the note's place in time. */
  index: number;
  /** Ids of the comments that hold the note. */
  commentIds: string[];
  /** When the forge recorded the note's last part. */
  createdAt: string;
}

/**
 * `task_notes_list`: the notes of a task, oldest first. Only comments the
 * app wrote count (a look-alike from anyone else is operator text); parts
 * are joined back and a note whose parts are missing or whose hash does not
 * match is left out.
 */
export function listNotes(comments: TaskComment[]): ListedNote[] {
  const groups = new Map<string, { parts: Map<number, NotePart>; index: number; ids: string[]; createdAt: string }>();
  comments.forEach((comment, index) => {
    if (comment.authorKind !== "self") return;
    const part = decodeNotePart(comment.body);
    if (!part) return;
    const key = `${part.header.step}:${part.header.revision}:${part.header.hash}`;
    const group = groups.get(key) ?? { parts: new Map<number, NotePart>(), index, ids: [] as string[], createdAt: comment.createdAt };
    if (!group.parts.has(part.header.part)) {
      group.parts.set(part.header.part, part);
      group.ids.push(comment.id);
    }
    if (index >= group.index) {
      group.index = index;
      group.createdAt = comment.createdAt;
    }
    groups.set(key, group);
  });
  const notes: ListedNote[] = [];
  for (const group of groups.values()) {
    const note = joinParts([...group.parts.values()]);
    if (note) notes.push({ ...note, index: group.index, commentIds: group.ids, createdAt: group.createdAt });
  }
  return notes.sort((a, b) => a.index - b.index);
}

function joinParts(parts: NotePart[]): Note | null {
  const first = parts[0];
  if (!first || parts.length !== first.header.parts) return null;
  const content = parts
    .sort((a, b) => a.header.part - b.header.part)
    .map((p) => p.chunk)
    .join("");
  if (hashText(content) !== first.header.hash) return null;
  const at = content.lastIndexOf(`\n\n${DATA_PREFIX}`);
  if (at < 0 || !content.endsWith(MARKER_SUFFIX)) return null;
  const encoded = content.slice(at + 2 + DATA_PREFIX.length, content.length - MARKER_SUFFIX.length);
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(encoded, "base64").toString("utf8"));
  } catch {
    return null;
  }
  return { header: { ...first.header, part: 1 }, body: content.slice(0, at), data };
}
