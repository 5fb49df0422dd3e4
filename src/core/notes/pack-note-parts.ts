import { HEADER_PREFIX, NOTE_SEPARATOR } from "./note-markers.js";

/**
 * Join comment bodies, in order, into as few comments as fit under `limit`
 * characters: consecutive note parts share a comment, back to back with the
 * separator. A body is never split, and one that is no note part (a reply
 * without a header) always gets a comment of its own, so no note reader
 * takes it for part of a note.
 */
export function packNoteParts(parts: string[], limit: number): string[] {
  const packed: string[] = [];
  let open = false;
  for (const part of parts) {
    const isNote = part.startsWith(HEADER_PREFIX);
    const joined = `${packed.at(-1) ?? ""}${NOTE_SEPARATOR}${part}`;
    if (isNote && open && joined.length <= limit)
      packed[packed.length - 1] = joined;
    else packed.push(part);
    // Only a comment of note parts takes more parts.
    open = isNote;
  }
  return packed;
}
