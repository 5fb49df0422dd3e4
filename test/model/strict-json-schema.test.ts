import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { stepOutputs } from "../../src/model/openai/json-schemas.js";
import { strictJsonSchema } from "../../src/model/openai/strict-json-schema.js";
import type { JsonSchema } from "../../src/model/openai/strict-json-schema.js";
import { fixtureAnswer } from "./model-fixtures.js";

/** Every object node of a JSON schema, with its path. */
function objectNodes(
  node: unknown,
  path = "#",
): { path: string; node: JsonSchema }[] {
  if (Array.isArray(node))
    return node.flatMap((child, index) =>
      objectNodes(child, `${path}/${index}`),
    );
  if (typeof node !== "object" || node === null) return [];
  const record = node as JsonSchema;
  const own = record.type === "object" ? [{ path, node: record }] : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, child]) =>
      objectNodes(child, `${path}/${key}`),
    ),
  ];
}

const KEYWORDS_OUTSIDE_STRICT = [
  "$schema",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "format",
];

describe("structured-output schemas", () => {
  for (const [step, output] of Object.entries(stepOutputs)) {
    it(`${step}: every object requires all its properties and allows no others`, () => {
      const objects = objectNodes(output.jsonSchema);
      expect(objects.length).toBeGreaterThan(1);
      for (const { path, node } of objects) {
        expect({ path, required: node.required }).toEqual({
          path,
          required: Object.keys(node.properties as object),
        });
        expect({
          path,
          additionalProperties: node.additionalProperties,
        }).toEqual({ path, additionalProperties: false });
      }
      const text = JSON.stringify(output.jsonSchema);
      for (const keyword of KEYWORDS_OUTSIDE_STRICT)
        expect(text).not.toContain(`"${keyword}"`);
      expect(output.name).toMatch(/^[\w-]{1,64}$/);
    });
  }

  it("keeps nullable as a type that includes null and an enum as an enum", () => {
    const capture = stepOutputs.capture.jsonSchema as {
      properties: Record<string, { type: unknown }>;
    };
    expect(capture.properties.purpose?.type).toEqual(["string", "null"]);
    const walk = JSON.stringify(stepOutputs.walkthrough.jsonSchema);
    expect(walk).toContain('"enum":["error","warning"]');
    expect(walk).toMatch(
      /"step":\{"anyOf":\[\{"type":"integer"\},\{"type":"null"\}\]\}/,
    );
  });

  it("makes an optional zod field required (strict mode has no optional)", () => {
    const schema = strictJsonSchema(
      z.object({ a: z.string().optional(), b: z.object({ c: z.number() }) }),
    );
    expect(schema).toEqual({
      type: "object",
      properties: {
        a: { type: "string" },
        b: {
          type: "object",
          properties: { c: { type: "number" } },
          required: ["c"],
          additionalProperties: false,
        },
      },
      required: ["a", "b"],
      additionalProperties: false,
    });
  });

  it("accepts the hand-written answers and rejects the schema-breaking one, as a JSON-schema validator sees it", () => {
    const ajv = new Ajv({ strict: false });
    expect(
      ajv.validate(
        stepOutputs.capture.jsonSchema,
        fixtureAnswer("capture-success"),
      ),
    ).toBe(true);
    expect(
      ajv.validate(
        stepOutputs.draft.jsonSchema,
        fixtureAnswer("draft-success"),
      ),
    ).toBe(true);
    expect(
      ajv.validate(
        stepOutputs.walkthrough.jsonSchema,
        fixtureAnswer("walkthrough-success"),
      ),
    ).toBe(true);
    expect(
      ajv.validate(
        stepOutputs.capture.jsonSchema,
        fixtureAnswer("schema-invalid"),
      ),
    ).toBe(false);
  });
});
