import { hashText } from "./hash-text.js";
import { NoteHeaderSchema, type NoteHeader } from "./note-header.js";
import {
  HEADER_PREFIX,
  MARKER_SUFFIX,
  NOTE_PART_LIMIT,
  NOTE_SEPARATOR,
} from "./note-markers.js";

export interface NotePart {
  header: NoteHeader;
  chunk: string;
}

/** Where a part may end when another part follows it in the same comment. */
const NEXT_PART = NOTE_SEPARATOR + HEADER_PREFIX;

/**
 * Read the note part that starts at `at` in a comment body, and where it
 * ends; null when no valid header starts there or no end verifies. The part
 * ends at the first place (the next separator and header, or the end of the
 * comment) where its text matches its hash, so a header-like text quoted
 * inside the part can never start a part of its own.
 */
export function decodeNotePart(
  text: string,
  at = 0,
): (NotePart & { end: number }) | null {
  if (!text.startsWith(HEADER_PREFIX, at)) return null;
  const headerEnd = text.indexOf(`${MARKER_SUFFIX}\n`, at);
  if (headerEnd < 0) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text.slice(at + HEADER_PREFIX.length, headerEnd));
  } catch {
    return null;
  }
  const parsed = NoteHeaderSchema.safeParse(raw);
  if (!parsed.success) return null;
  const header = parsed.data;
  const start = headerEnd + MARKER_SUFFIX.length + 1;
  const expected = header.partHash ?? (header.parts === 1 ? header.hash : null);
  // A part of a long note written before parts had their own hash sat alone in its comment: the note's hash checks it once joined.
  if (expected === null)
    return { header, chunk: text.slice(start), end: text.length };
  for (const end of ends(text, { start, limit: at + NOTE_PART_LIMIT })) {
    const chunk = text.slice(start, end);
    if (hashText(chunk) === expected) return { header, chunk, end };
  }
  return null;
}

/** Where a part starting at `start` may end: before each later header within the part limit, then the end of the comment. */
function* ends(
  text: string,
  range: { start: number; limit: number },
): Generator<number> {
  for (
    let end = text.indexOf(NEXT_PART, range.start);
    end >= 0 && end <= range.limit;
    end = text.indexOf(NEXT_PART, end + 1)
  )
    yield end;
  yield text.length;
}
