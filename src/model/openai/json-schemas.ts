import type { z } from "zod";
import { CaptureSchema } from "../../core/capture/capture-schema.js";
import type { Capture } from "../../core/capture/capture-schema.js";
import type { WalkOutput } from "../../core/ports/model.js";
import { SopContentSchema } from "../../core/sop/sop-schema.js";
import type { SopContent } from "../../core/sop/sop-schema.js";
import { strictJsonSchema } from "./strict-json-schema.js";
import type { JsonSchema } from "./strict-json-schema.js";
import { WalkOutputSchema } from "./walk-output-schema.js";

/** What one step asks the model for: the schema sent and the one enforced. */
export interface StepOutput<T> {
  /** The `json_schema.name` sent to the server (letters, digits, `_`, `-`). */
  name: string;
  /** Validates the answer whatever the server claims about strictness. */
  schema: z.ZodType<T>;
  jsonSchema: JsonSchema;
}

function stepOutput<T>(name: string, schema: z.ZodType<T>): StepOutput<T> {
  return { name, schema, jsonSchema: strictJsonSchema(schema) };
}

export const stepOutputs: {
  capture: StepOutput<Capture>;
  draft: StepOutput<SopContent>;
  walkthrough: StepOutput<WalkOutput>;
} = {
  capture: stepOutput("sop_capture", CaptureSchema),
  draft: stepOutput("sop_draft", SopContentSchema),
  walkthrough: stepOutput("sop_walkthrough", WalkOutputSchema),
};
