import { z } from "zod";

export const NOTE_STEPS = [
  "capture",
  "draft",
  "walkthrough",
  "publish",
  "cancel",
  "error",
  "reply",
] as const;
export type NoteStep = (typeof NOTE_STEPS)[number];

/** The hidden, machine-readable header every note carries. */
export const NoteHeaderSchema = z.object({
  v: z.literal(1),
  step: z.enum(NOTE_STEPS),
  revision: z.number().int().nonnegative(),
  part: z.number().int().positive(),
  parts: z.number().int().positive(),
  /** sha256 (hex, first 16) of the whole note content, all parts joined. */
  hash: z.string(),
  /**
   * On a note of several parts only: the hash of this part's own text, so
   * its end can be found in a comment that holds several parts.
   */
  partHash: z.string().optional(),
  /** What the note was made from, e.g. "capture:2", "comment:123", "sha:abc". */
  inputs: z.array(z.string()),
  provider: z.string(),
  model: z.string(),
  calls: z.number().int().nonnegative(),
  tokensIn: z.number().int().nonnegative(),
  tokensOut: z.number().int().nonnegative(),
  at: z.string(),
});

export type NoteHeader = z.infer<typeof NoteHeaderSchema>;

/** A decoded note: header (part fields describe the whole), readable body, machine data. */
export interface Note {
  header: NoteHeader;
  body: string;
  data: unknown;
}
