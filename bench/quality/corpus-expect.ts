import { readFileSync } from "node:fs";
import YAML from "yaml";
import { z } from "zod";

const AskSchema = z.object({
  gap: z.string(),
  match: z.array(z.string()).min(1),
  answer: z.string(),
});

const NotAskSchema = z.union([
  z.object({ about: z.string() }),
  z.object({ text: z.string() }),
]);

const CautionSchema = z.object({
  text: z.string(),
  before: z.string().optional(),
});

/** A corpus entry's expectations (bench/corpus/README.md explains each key). */
export const ExpectSchema = z.object({
  kind: z.string(),
  domain: z.string(),
  rejected: z.string().optional(),
  title: z.array(z.string()).default([]),
  roles: z.array(z.string()).default([]),
  trigger: z.array(z.string()).default([]),
  min_steps: z.number().int().nonnegative().default(0),
  facts: z.array(z.string()).default([]),
  not_steps: z.array(z.string()).default([]),
  edge_cases: z.array(z.string()).default([]),
  cautions: z.array(CautionSchema).default([]),
  order: z.array(z.tuple([z.string(), z.string()])).default([]),
  /** Records the SOP's Records section must list (a log, register, form or report the request names). */
  records: z.array(z.string()).default([]),
  ask: z.array(AskSchema).default([]),
  not_ask: z.array(NotAskSchema).default([]),
});

export type Expect = z.infer<typeof ExpectSchema>;
export type Ask = z.infer<typeof AskSchema>;

export function readExpect(path: string): Expect {
  const parsed = ExpectSchema.safeParse(YAML.parse(readFileSync(path, "utf8")));
  if (!parsed.success)
    throw new Error(
      `Unexpected content in ${path}, expected the keys of bench/corpus/README.md: ${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}
