import type { ValidateFunction } from "ajv";
import {
  deref,
  loadSpec,
  type SpecOperation,
  type SpecParameter,
  type SpecResponse,
} from "./load-spec.js";
import { compileSchema, describeErrors } from "./schema-validator.js";
import type { JsonNode } from "./to-json-schema.js";

export interface CheckedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  problems: string[];
}

const compiled = new Map<string, ValidateFunction>();

function validatorFor(key: string, schema: () => JsonNode): ValidateFunction {
  let found = compiled.get(key);
  if (!found) compiled.set(key, (found = compileSchema(schema())));
  return found;
}

function parametersOf(
  operation: SpecOperation,
  place: "path" | "query",
): SpecParameter[] {
  const spec = loadSpec();
  return (operation.parameters ?? [])
    .map((p) => deref<SpecParameter>(spec, p))
    .filter((p) => p.in === place);
}

// Path and query values arrive as text; GitHub reads them by their declared type.
function coerce(raw: string, schema: JsonNode | undefined): unknown {
  const { type } =
    schema === undefined
      ? {}
      : deref<{ type?: unknown }>(loadSpec(), schema as { type?: unknown });
  if (
    (type === "integer" || type === "number") &&
    /^-?\d+(?:\.\d+)?$/.test(raw)
  )
    return Number(raw);
  if (type === "boolean" && (raw === "true" || raw === "false"))
    return raw === "true";
  if (type === "array") return raw.split(",");
  return raw;
}

function checkParameters(input: {
  operation: SpecOperation;
  place: "path" | "query";
  values: Record<string, string>;
  problems: string[];
}) {
  const { operation, place, values, problems } = input;
  const declared = parametersOf(operation, place);
  const result: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(values)) {
    const param = declared.find((p) => p.name === name);
    if (!param)
      problems.push(
        `Unexpected ${place} parameter "${name}", expected one of: ${declared.map((p) => p.name).join(", ") || "none"}`,
      );
    else result[name] = coerce(raw, param.schema);
  }
  const validate = validatorFor(`${operation.operationId} ${place}`, () => ({
    type: "object",
    properties: Object.fromEntries(
      declared.map((p) => [p.name, p.schema ?? {}]),
    ),
    required: declared.filter((p) => p.required).map((p) => p.name),
  }));
  if (!validate(result))
    problems.push(
      `Invalid ${place} parameters: ${describeErrors(validate, place)}`,
    );
  return result;
}

/** Checks a request's path parameters, query and JSON body against the operation. */
export function checkRequest(input: {
  operation: SpecOperation;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}): CheckedRequest {
  const { operation } = input;
  const problems: string[] = [];
  const params = checkParameters({
    operation,
    place: "path",
    values: input.params,
    problems,
  });
  const query = checkParameters({
    operation,
    place: "query",
    values: input.query,
    problems,
  });
  const bodySchema = operation.requestBody?.content["application/json"]?.schema;
  if (input.body === undefined) {
    if (operation.requestBody?.required)
      problems.push("Missing request body, expected a JSON body");
  } else if (!bodySchema) {
    problems.push("Unexpected request body, expected none");
  } else {
    const validate = validatorFor(
      `${operation.operationId} body`,
      () => bodySchema,
    );
    if (!validate(input.body))
      problems.push(
        `Invalid request body: ${describeErrors(validate, "body")}`,
      );
  }
  return { params, query, problems };
}

/**
 * Checks a JSON response against the schema declared for its status. GitHub's
 * description leaves out many error statuses GitHub really sends (a 404 on a
 * deleted comment, say): an undeclared 4xx/5xx must still look like GitHub's error.
 */
export function checkResponse(input: {
  operation: SpecOperation;
  status: number;
  body: unknown;
  json: boolean;
}): string[] {
  const { operation, status } = input;
  const declared = operation.responses[String(status)];
  if (!declared && status < 400) {
    return [
      `Unexpected status ${status}, expected one of ${Object.keys(operation.responses).join(", ")}`,
    ];
  }
  if (!input.json || input.body === undefined) return [];
  const schema = declared
    ? deref<SpecResponse>(loadSpec(), declared).content?.["application/json"]
        ?.schema
    : ({ $ref: "#/components/schemas/basic-error" } as JsonNode);
  if (!schema) return [];
  const validate = validatorFor(
    `${operation.operationId} ${declared ? status : "error"}`,
    () => schema,
  );
  return validate(input.body)
    ? []
    : [
        `Invalid ${status} response body: ${describeErrors(validate, "response")}`,
      ];
}
