import { z } from "zod";

/**
 * The structured record the Capture step produces. Every field is required
 * (nullable instead of optional) so the same schema serves as a strict
 * structured-output schema for models.
 */
export const CaptureStepSchema = z.object({
  /** The action as the operator described it. */
  text: z.string(),
  /** Tools or systems used in this step. */
  tools: z.array(z.string()),
  /** Access or permissions this step needs (e.g. "admin role in Stripe"). */
  access: z.array(z.string()),
  /** True when the step came from the "oh, and you also have to…" knowledge. */
  tribal: z.boolean(),
  /** The operator's clarification of a step that was too vague, or null. */
  clarification: z.string().nullable(),
});

export const PitfallSchema = z.object({
  /** What goes wrong or the unusual situation. */
  text: z.string(),
  /** What to do when it happens; null when nobody said. */
  handling: z.string().nullable(),
});

/**
 * What a question is about, so an answer lands in the right place:
 * "name" | "purpose" | "roles" | "trigger" | "definitionOfDone" | "steps"
 * | "step:<n>" (1-based) | "tool:<name>" | "pitfall:<n>" (1-based).
 */
export const QuestionSchema = z.object({
  id: z.number().int().positive(),
  about: z.string(),
  text: z.string(),
});

export const ToolSchema = z.object({
  name: z.string(),
  /** The access a person needs to use it; null when nobody said. */
  access: z.string().nullable(),
});

/** A safety rule or a "people forget this" warning; `step` (1-based) is the step it guards, null for a standing rule. */
export const CautionSchema = z.object({
  text: z.string(),
  step: z.number().int().positive().nullable(),
});

/** A term or acronym and what it means, as the operator explained it. */
export const DefinitionSchema = z.object({
  term: z.string(),
  meaning: z.string(),
});

export const CaptureSchema = z.object({
  name: z.string(),
  purpose: z.string().nullable(),
  roles: z.array(z.string()),
  trigger: z.string().nullable(),
  steps: z.array(CaptureStepSchema),
  tools: z.array(ToolSchema),
  pitfalls: z.array(PitfallSchema),
  definitionOfDone: z.string().nullable(),
  /** Safety rules and cautions; absent in captures made before they were read. */
  cautions: z.array(CautionSchema).optional(),
  /** Acronyms and terms the operator defined. */
  definitions: z.array(DefinitionSchema).optional(),
  /** Operator text that did not map to a field; kept so nothing is lost. */
  notes: z.array(z.string()),
  /** Questions still open. An answered question is removed. */
  questions: z.array(QuestionSchema),
  /** The number the next new question gets, so an answered question's number is never reused. */
  nextQuestionId: z.number().int().positive(),
});

export type CaptureStep = z.infer<typeof CaptureStepSchema>;
export type Pitfall = z.infer<typeof PitfallSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Tool = z.infer<typeof ToolSchema>;
export type Capture = z.infer<typeof CaptureSchema>;
export type Caution = z.infer<typeof CautionSchema>;
export type Definition = z.infer<typeof DefinitionSchema>;

/** An operator's answer: to a numbered question, or free text (questionId null). */
export interface Answer {
  questionId: number | null;
  text: string;
}
