import { readFileSync } from "node:fs";
import { z } from "zod";

/** Where a case's hostile text goes in the lifecycle. */
export const SLOTS = [
  "title",
  "body",
  "step",
  "comment",
  "late-comment",
  "review",
  "model-output",
  "model-error",
] as const;

export const InjectionCaseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    threat: z.string().min(1),
    slot: z.enum(SLOTS),
    text: z.string().min(1),
    /** Who writes a comment: the operator (issue author), a stranger, or a user named like the app. */
    actor: z.enum(["operator", "stranger", "impostor"]).default("operator"),
    /** The normal text for the same slot, when the slot's default is not the same shape (e.g. another command). */
    benign: z.string().optional(),
    /** For model-output: the text of the hand-written answers that `text` replaces. */
    replace: z.string().optional(),
    /** Strings that must reach nothing the app writes or sends to the model. */
    hidden: z.array(z.string()).default([]),
    models: z.array(z.enum(["offline", "openai"])).min(1),
  })
  .refine(
    (c) => (c.slot === "model-output") === (c.replace !== undefined),
    "replace is given exactly for model-output cases",
  )
  .refine(
    (c) => !c.slot.startsWith("model-") || !c.models.includes("offline"),
    "model-output and model-error cases need the openai adapter",
  );

export type InjectionCase = z.infer<typeof InjectionCaseSchema>;

const CORPUS = new URL("../../fixtures/injection/corpus.json", import.meta.url);

export function loadInjectionCorpus(): InjectionCase[] {
  try {
    return z
      .object({
        description: z.string(),
        cases: z.array(InjectionCaseSchema).min(20),
      })
      .parse(JSON.parse(readFileSync(CORPUS, "utf8"))).cases;
  } catch (error) {
    throw new Error(`Could not load the injection corpus ${CORPUS.pathname}`, {
      cause: error,
    });
  }
}
