import { NoteHeaderSchema, type NoteHeader } from "./note-header.js";
import { HEADER_PREFIX, MARKER_SUFFIX } from "./note-markers.js";

export interface NotePart {
  header: NoteHeader;
  chunk: string;
}

/** Read one comment body as a note part; null when it does not start with a valid header. */
export function decodeNotePart(text: string): NotePart | null {
  if (!text.startsWith(HEADER_PREFIX)) return null;
  const end = text.indexOf(`${MARKER_SUFFIX}\n`);
  if (end < 0) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text.slice(HEADER_PREFIX.length, end));
  } catch {
    return null;
  }
  const header = NoteHeaderSchema.safeParse(raw);
  if (!header.success) return null;
  return { header: header.data, chunk: text.slice(end + MARKER_SUFFIX.length + 1) };
}
