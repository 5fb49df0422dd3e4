import type { TaskComment } from "../ports/forge.js";
import type { NotePart } from "./decode-note-part.js";
import { decodeNoteParts } from "./decode-note-parts.js";
import { hashText } from "./hash-text.js";
import type { Note } from "./note-header.js";
import { DATA_PREFIX, MARKER_SUFFIX } from "./note-markers.js";

export interface ListedNote extends Note {
  /**
   * Position among the task's comments of the comment that holds the note's
   * last part: the note's place in time. Notes one run posted together share it.
   */
  index: number;
  /** Ids of the comments that hold the note. */
  commentIds: string[];
  /** When the forge recorded the note's last part. */
  createdAt: string;
}

interface PartGroup {
  parts: Map<number, NotePart>;
  index: number;
  ids: string[];
  createdAt: string;
  /** Order of the note's last part among all parts read: keeps notes that share a comment in their order. */
  order: number;
}

/**
 * `task_notes_list`: the notes of a task, oldest first. Only comments the
 * app wrote count (a look-alike from anyone else is operator text); a
 * comment may hold several parts back to back; parts are joined back and a
 * note whose parts are missing or whose hash does not match is left out.
 */
export function listNotes(comments: TaskComment[]): ListedNote[] {
  const groups = new Map<string, PartGroup>();
  let order = 0;
  comments.forEach((comment, index) => {
    if (comment.authorKind !== "self") return;
    for (const part of decodeNoteParts(comment.body)) {
      const key = `${part.header.step}:${part.header.revision}:${part.header.hash}`;
      const group = groups.get(key) ?? {
        parts: new Map<number, NotePart>(),
        index,
        ids: [],
        createdAt: comment.createdAt,
        order,
      };
      if (!group.parts.has(part.header.part)) {
        group.parts.set(part.header.part, part);
        if (!group.ids.includes(comment.id)) group.ids.push(comment.id);
      }
      group.index = index;
      group.createdAt = comment.createdAt;
      group.order = order++;
      groups.set(key, group);
    }
  });
  const notes: (ListedNote & { order: number })[] = [];
  for (const group of groups.values()) {
    const note = joinParts([...group.parts.values()]);
    if (note)
      notes.push({
        ...note,
        index: group.index,
        commentIds: group.ids,
        createdAt: group.createdAt,
        order: group.order,
      });
  }
  return notes
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...note }) => note);
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
  const encoded = content.slice(
    at + 2 + DATA_PREFIX.length,
    content.length - MARKER_SUFFIX.length,
  );
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(encoded, "base64").toString("utf8"));
  } catch {
    return null;
  }
  const { partHash: _partHash, ...header } = first.header;
  return { header: { ...header, part: 1 }, body: content.slice(0, at), data };
}
