import { z } from "zod";
import { CaptureSchema } from "../capture/capture-schema.js";
import { ConfigSchema } from "../config/config-schema.js";
import { LifecycleDataSchema } from "../revise/lifecycle-data.js";

/** The settings a step ran with: the newest note's pin the rest of the task (see the GitHub shell's pinned-config). */
const Pinned = { config: ConfigSchema.optional() };

/** The machine data each step's note carries, read back by the next step. */
export const CaptureDataSchema = z.object({
  capture: CaptureSchema,
  request: z.string(),
  ...Pinned,
  /** Present when the task revises, confirms or retires a published SOP. */
  lifecycle: LifecycleDataSchema.optional(),
});
export const DraftDataSchema = z.object({
  ...Pinned,
  path: z.string(),
  branch: z.string(),
  commit: z.string(),
  pull: z.number().int().positive(),
  title: z.string(),
});
export const WalkthroughDataSchema = z.object({
  ...Pinned,
  sha: z.string(),
  errors: z.number().int(),
  remaining: z.array(z.string()),
  /** Open questions the walked SOP still flags as unresolved (absent in notes made before it was recorded). */
  openQuestions: z.number().int().optional(),
  /** The SOP file as walked at `sha` (left out when long): a redraft of that commit starts from it without reading it again. */
  file: z.string().optional(),
});

/** Longer SOP files are not copied into the walkthrough note. */
export const FILE_IN_NOTE_LIMIT = 10_000;
/** Any step's settings, whatever else its data holds. */
export const PinnedDataSchema = z.object(Pinned);
export const PublishDataSchema = z.object({
  mergeSha: z.string(),
  path: z.string(),
  permalink: z.string(),
  by: z.string(),
});

export type CaptureData = z.infer<typeof CaptureDataSchema>;
export type DraftData = z.infer<typeof DraftDataSchema>;
export type WalkthroughData = z.infer<typeof WalkthroughDataSchema>;
export type PublishData = z.infer<typeof PublishDataSchema>;

/** Read a note's data with its schema; a note whose data does not fit is treated as absent. */
export function readData<T>(
  schema: z.ZodType<T>,
  note: { data: unknown } | undefined,
): T | null {
  if (!note) return null;
  const parsed = schema.safeParse(note.data);
  return parsed.success ? parsed.data : null;
}
