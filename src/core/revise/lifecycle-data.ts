import { z } from "zod";
import { SopContentSchema } from "../sop/sop-schema.js";

/** What a task does to a published SOP instead of writing a new one. */
export const LIFECYCLE_KINDS = ["revise", "confirm", "retire"] as const;
export type LifecycleKind = (typeof LIFECYCLE_KINDS)[number];

/**
 * What the capture note of a revision, confirmation or retirement records:
 * the published SOP it starts from and what was asked. Read back by the
 * draft step (and checked there: notes are state, not authority).
 */
export const LifecycleDataSchema = z.object({
  kind: z.enum(LIFECYCLE_KINDS),
  /** The published file, under the docs folder. */
  path: z.string(),
  /** The change asked for (revise), the reason (retire); "" for a confirmation. */
  text: z.string(),
  /** The SOP that replaces a retired one (its id), or null. */
  replacedBy: z.string().nullable(),
  requester: z.string(),
  /** The version as published when the task started. */
  version: z.string(),
  /** The published content (revise): what the version rule and the history row compare against. */
  baseline: SopContentSchema.nullable(),
  /** The branch's last part after the SOP's slug, e.g. "revise-2": one branch per lifecycle cycle. */
  tag: z.string().regex(/^(?:revise|confirm|retire)-[1-9]\d{0,5}$/),
});
export type LifecycleData = z.infer<typeof LifecycleDataSchema>;
