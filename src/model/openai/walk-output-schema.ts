import { z } from "zod";
import { SopContentSchema } from "../../core/sop/sop-schema.js";

/** The walkthrough's answer; mirrors the Model port's WalkOutput. */
export const WalkOutputSchema = z.object({
  findings: z.array(
    z.object({
      step: z.number().int().positive().nullable(),
      missing: z.string(),
      severity: z.enum(["error", "warning"]),
    }),
  ),
  content: SopContentSchema,
  addressed: z.array(z.object({ id: z.string(), how: z.string() })),
});
