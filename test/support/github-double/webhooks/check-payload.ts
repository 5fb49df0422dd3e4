import type { ValidateFunction } from "ajv";
import { loadSpec } from "../openapi/load-spec.js";
import { compileSchema, describeErrors } from "../openapi/schema-validator.js";
import type { JsonNode } from "../openapi/to-json-schema.js";

const compiled = new Map<string, ValidateFunction>();

/** Checks a built payload against GitHub's webhook schema for the event (x-webhooks in the REST description). */
export function checkPayload(input: {
  name: string;
  action: string;
  payload: unknown;
}): void {
  const key = `${input.name.replaceAll("_", "-")}-${input.action}`;
  let validate = compiled.get(key);
  if (!validate) {
    const schema =
      loadSpec()["x-webhooks"][key]?.post.requestBody?.content[
        "application/json"
      ]?.schema;
    if (!schema)
      throw new Error(
        `Unexpected webhook ${key}, expected one GitHub's description defines`,
      );
    compiled.set(key, (validate = compileSchema(schema as JsonNode)));
  }
  if (!validate(input.payload))
    throw new Error(
      `Webhook ${input.name}.${input.action} does not match GitHub's schema: ${describeErrors(validate, "payload")}`,
    );
}
