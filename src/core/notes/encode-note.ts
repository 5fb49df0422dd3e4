import { hashText } from "./hash-text.js";
import type { NoteHeader } from "./note-header.js";
import {
  DATA_PREFIX,
  HEADER_PREFIX,
  MARKER_SUFFIX,
  NOTE_PART_LIMIT,
} from "./note-markers.js";
import { splitText } from "./split-text.js";

export type NoteDraft = Omit<
  NoteHeader,
  "v" | "part" | "parts" | "hash" | "partHash"
> & { body: string; data: unknown };

/**
 * Encode a note as one or more parts, each small enough for a comment: each
 * starts with the hidden header; the readable body follows; the machine data
 * rides at the end in a hidden, base64-encoded block (base64 so no operator
 * text can close it). Parts of a long note carry their own hash too.
 */
export function encodeNote(note: NoteDraft): string[] {
  const { body, data, ...fields } = note;
  const dataBlock = `${DATA_PREFIX}${Buffer.from(JSON.stringify(data ?? null), "utf8").toString("base64")}${MARKER_SUFFIX}`;
  const content = `${body.trimEnd()}\n\n${dataBlock}`;
  const hash = hashText(content);
  const headerFor = (part: number, parts: number, partHash?: string) => {
    const header: NoteHeader = {
      v: 1,
      ...fields,
      part,
      parts,
      hash,
      ...(partHash === undefined ? {} : { partHash }),
    };
    return `${HEADER_PREFIX}${JSON.stringify(header)}${MARKER_SUFFIX}\n`;
  };
  const whole = headerFor(1, 1) + content;
  if (whole.length <= NOTE_PART_LIMIT) return [whole];
  const chunks = splitText(
    content,
    NOTE_PART_LIMIT - headerFor(999, 999, hash).length,
  );
  return chunks.map(
    (chunk, i) => headerFor(i + 1, chunks.length, hashText(chunk)) + chunk,
  );
}
