import { hashText } from "./hash-text.js";
import type { NoteHeader } from "./note-header.js";
import { DATA_PREFIX, HEADER_PREFIX, MARKER_SUFFIX, NOTE_PART_LIMIT } from "./note-markers.js";
import { splitText } from "./split-text.js";

export type NoteDraft = Omit<NoteHeader, "v" | "part" | "parts" | "hash"> & { body: string; data: unknown };

/**
 * Encode a note as one or more comment bodies: each starts with the hidden
 * header; the readable body follows; the machine data rides at the end in a
 * hidden, base64-encoded block (base64 so no operator text can close it).
 */
export function encodeNote(note: NoteDraft): string[] {
  const { body, data, ...fields } = note;
  const dataBlock = `${DATA_PREFIX}${Buffer.from(JSON.stringify(data ?? null), "utf8").toString("base64")}${MARKER_SUFFIX}`;
  const content = `${body.trimEnd()}\n\n${dataBlock}`;
  const hash = hashText(content);
  const headerFor = (part: number, parts: number) =>
    `${HEADER_PREFIX}${JSON.stringify({ v: 1, ...fields, part, parts, hash } satisfies NoteHeader)}${MARKER_SUFFIX}\n`;
  const room = NOTE_PART_LIMIT - headerFor(999, 999).length;
  const chunks = splitText(content, room);
  return chunks.map((chunk, i) => headerFor(i + 1, chunks.length) + chunk);
}
