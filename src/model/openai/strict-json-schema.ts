import { z } from "zod";

export type JsonSchema = { [key: string]: unknown };

// Value-range keywords are not part of the subset every OpenAI-compatible
// server accepts in strict mode; zod still enforces them on the answer.
const DROPPED_KEYWORDS = new Set([
  "$schema",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minItems",
  "maxItems",
  "default",
]);

function isRecord(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function strictNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictNode);
  if (!isRecord(node)) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    // Under "properties" the keys are field names, not keywords: keep them all.
    out[key] =
      key === "properties" && isRecord(value)
        ? Object.fromEntries(
            Object.entries(value).map(([name, child]) => [
              name,
              strictNode(child),
            ]),
          )
        : strictNode(value);
  }
  if (out.type === "object" || isRecord(out.properties)) {
    const properties = isRecord(out.properties) ? out.properties : {};
    out.properties = properties;
    // Strict mode: every property required (absence is expressed as null).
    out.required = Object.keys(properties);
    out.additionalProperties = false;
  }
  return out;
}

/**
 * The JSON schema of a zod schema in the form strict structured outputs
 * accept: every object lists all its properties as required and forbids
 * others, nullable stays a `type` array or `anyOf` with `{ type: "null" }`.
 */
export function strictJsonSchema(schema: z.ZodType): JsonSchema {
  return strictNode(z.toJSONSchema(schema, { io: "output" })) as JsonSchema;
}
