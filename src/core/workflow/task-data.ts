import { z } from "zod";
import { CaptureSchema } from "../capture/capture-schema.js";

/** The machine data each step's note carries, read back by the next step. */
export const CaptureDataSchema = z.object({ capture: CaptureSchema, request: z.string() });
export const DraftDataSchema = z.object({
  path: z.string(),
  branch: z.string(),
  commit: z.string(),
  pull: z.number().int(),
  title: z.string(),
});
export const WalkthroughDataSchema = z.object({
  sha: z.string(),
  errors: z.number().int(),
  remaining: z.array(z.string()),
});
export const PublishDataSchema = z.object({ mergeSha: z.string(), path: z.string(), permalink: z.string(), by: z.string() });

export type CaptureData = z.infer<typeof CaptureDataSchema>;
export type DraftData = z.infer<typeof DraftDataSchema>;
export type WalkthroughData = z.infer<typeof WalkthroughDataSchema>;
export type PublishData = z.infer<typeof PublishDataSchema>;

/** Read a note's data with its schema; a note whose data does not fit is treated as absent. */
export function readData<T>(schema: z.ZodType<T>, note: { data: unknown } | undefined): T | null {
  if (!note) return null;
  const parsed = schema.safeParse(note.data);
  return parsed.success ? parsed.data : null;
}
