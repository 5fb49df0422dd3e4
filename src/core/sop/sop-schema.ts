import { z } from "zod";
import { MERGE_COMMIT_APPROVAL, SOP_STATUSES } from "./front-matter-fields.js";

/** The content of an SOP, independent of its Markdown form. */
export const SopStepSchema = z.object({
  /** One concrete action, starting with an imperative verb (or "If/When …, <verb>"). */
  action: z.string(),
  /** Sub-steps, each one action; empty when none. */
  substeps: z.array(z.string()),
  /** Cautions shown right before this step (each also in Safety and cautions). */
  cautions: z.array(z.string()).optional(),
});

export const DefinitionSchema = z.object({
  term: z.string(),
  meaning: z.string(),
});

export const EdgeCaseSchema = z.object({
  case: z.string(),
  action: z.string(),
});

/** A record the procedure produces: what it is, where it is kept, how long. */
export const RecordSchema = z.object({
  what: z.string(),
  where: z.string(),
  retention: z.string(),
});

/** An open question shown in the SOP as an explicit, flagged gap. */
export const GapSchema = z.object({
  questionId: z.number().int().positive(),
  text: z.string(),
});

export const SopContentSchema = z.object({
  title: z.string(),
  purpose: z.string(),
  scope: z.string(),
  trigger: z.string(),
  roles: z.array(z.string()),
  /** Acronyms and terms, each with its meaning. */
  definitions: z.array(DefinitionSchema).optional(),
  prerequisites: z.array(z.string()),
  /** Safety rules and cautions; a caution guarding a step is also on that step. */
  cautions: z.array(z.string()).optional(),
  steps: z.array(SopStepSchema),
  edgeCases: z.array(EdgeCaseSchema),
  /** What the procedure records (logs, registers, forms), where and for how long. */
  records: z.array(RecordSchema).optional(),
  definitionOfDone: z.array(z.string()),
  /** Documents the procedure relies on (policies, manuals, other SOPs). */
  references: z.array(z.string()).optional(),
  gaps: z.array(GapSchema),
});

export const ApprovalSchema = z.object({
  by: z.string(),
  at: z.string(),
  link: z.string().nullable(),
});

export const FrontMatterSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.string(),
  status: z.enum(SOP_STATUSES),
  owner: z.string(),
  trigger: z.string(),
  source_issue: z.string(),
  last_validated: z.string(),
  review_due: z.string(),
  /** The approval record, or "merge-commit": recorded in the trailers of the commit that merged this version. */
  approval: z
    .union([ApprovalSchema, z.literal(MERGE_COMMIT_APPROVAL)])
    .nullable(),
});

export const RevisionSchema = z.object({
  version: z.string(),
  date: z.string(),
  author: z.string(),
  change: z.string(),
});

/** Everything an SOP file holds: front matter, content, revision history. */
export const SopFileSchema = z.object({
  frontMatter: FrontMatterSchema,
  content: SopContentSchema,
  revisions: z.array(RevisionSchema),
});

export type SopStep = z.infer<typeof SopStepSchema>;
export type EdgeCase = z.infer<typeof EdgeCaseSchema>;
export type Gap = z.infer<typeof GapSchema>;
export type SopContent = z.infer<typeof SopContentSchema>;
export type Approval = z.infer<typeof ApprovalSchema>;
export type FrontMatter = z.infer<typeof FrontMatterSchema>;
export type Revision = z.infer<typeof RevisionSchema>;
export type SopFile = z.infer<typeof SopFileSchema>;
export type Definition = z.infer<typeof DefinitionSchema>;
export type SopRecord = z.infer<typeof RecordSchema>;
