import { decodeNotePart, type NotePart } from "./decode-note-part.js";
import { NOTE_SEPARATOR } from "./note-markers.js";

/**
 * Every note part one comment holds, in order. Read strictly one after the
 * other: the next part starts right after the verified end of the one
 * before, and reading stops at the first part that does not verify, since
 * from there on nothing tells the app's text from text it quoted.
 */
export function decodeNoteParts(text: string): NotePart[] {
  const parts: NotePart[] = [];
  for (
    let part = decodeNotePart(text);
    part;
    part = decodeNotePart(text, part.end + NOTE_SEPARATOR.length)
  ) {
    parts.push({ header: part.header, chunk: part.chunk });
    if (part.end === text.length) break;
  }
  return parts;
}
