import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { JsonNode } from "./to-json-schema.js";

export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonNode;
}

export interface SpecMedia {
  schema?: JsonNode;
}

export interface SpecResponse {
  description?: string;
  content?: Record<string, SpecMedia>;
}

export interface SpecOperation {
  operationId: string;
  parameters?: (SpecParameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, SpecMedia> };
  responses: Record<string, SpecResponse | { $ref: string }>;
}

export interface OpenApiSpec {
  paths: Record<string, Record<string, SpecOperation | JsonNode>>;
  components: { [section: string]: { [name: string]: JsonNode } };
  "x-webhooks": Record<string, { post: SpecOperation }>;
}

const require = createRequire(import.meta.url);
let cached: OpenApiSpec | undefined;

/** GitHub's REST description from @octokit/openapi, parsed once per process (13 MB), with known errata fixed. */
export function loadSpec(): OpenApiSpec {
  cached ??= fixErrata(
    JSON.parse(
      readFileSync(
        require.resolve("@octokit/openapi/generated/api.github.com.json"),
        "utf8",
      ),
    ) as OpenApiSpec,
  );
  return cached;
}

/**
 * Where the description contradicts GitHub's documented behaviour, GitHub wins:
 * "Set labels" takes an empty list to clear every label (its own text says so),
 * yet its schema demands at least one.
 */
function fixErrata(spec: OpenApiSpec): OpenApiSpec {
  const setLabels = spec.paths[
    "/repos/{owner}/{repo}/issues/{issue_number}/labels"
  ]?.put as SpecOperation | undefined;
  const body = setLabels?.requestBody?.content["application/json"]?.schema as
    | { oneOf?: { properties?: { labels?: { minItems?: number } } }[] }
    | undefined;
  for (const variant of body?.oneOf ?? [])
    delete variant.properties?.labels?.minItems;
  return spec;
}

/** Follows a local `#/components/...` reference; other values come back as they are. */
export function deref<T>(spec: OpenApiSpec, value: T | { $ref: string }): T {
  if (typeof value !== "object" || value === null || !("$ref" in value))
    return value as T;
  const parts = value.$ref.replace(/^#\//, "").split("/");
  let node: unknown = spec;
  for (const part of parts) node = (node as Record<string, unknown>)[part];
  if (node === undefined)
    throw new Error(
      `Unexpected dangling reference ${value.$ref} in GitHub's OpenAPI description`,
    );
  return node as T;
}
