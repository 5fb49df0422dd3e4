/** A JSON value as found in GitHub's OpenAPI description. */
export type JsonNode =
  null | boolean | number | string | JsonNode[] | { [key: string]: JsonNode };

/** Where GitHub's components live for Ajv: #/components/schemas/issue → https://gh.local/schemas/issue */
export const COMPONENT_BASE = "https://gh.local/";

// Samples and prose only make the compiled validators bigger. A property that
// happens to be named "description" has an object value and is kept.
const SAMPLES = new Set(["example", "examples"]);
const PROSE = new Set(["description", "title"]);

function componentRef(ref: string): string {
  const found = /^#\/components\/([^/]+)\/([^/]+)(\/.*)?$/.exec(ref);
  if (!found) return ref;
  const [, section = "", name = "", rest = ""] = found;
  return `${COMPONENT_BASE}${section}/${encodeURIComponent(name)}${rest ? `#${rest}` : ""}`;
}

/**
 * Turns an OpenAPI 3.0 schema fragment into JSON Schema Ajv understands:
 * references to components become absolute ids (registered one by one, on
 * first use), and `nullable` becomes a real null type (Ajv rejects it next to
 * `$ref` or `anyOf`, and never adds null to an `enum` by itself). `oneOf` is
 * read as `anyOf`: GitHub's alternatives often overlap (a 409 body is
 * `basic-error` or `repository-rule-violation-error`, and any error fits
 * both), so a real response would match several and fail "exactly one".
 */
export function toJsonSchema(node: JsonNode): JsonNode {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const out: { [key: string]: JsonNode } = {};
  for (const [key, value] of Object.entries(node)) {
    if (SAMPLES.has(key) || (PROSE.has(key) && typeof value === "string"))
      continue;
    out[key === "oneOf" ? "anyOf" : key] =
      key === "$ref" && typeof value === "string"
        ? componentRef(value)
        : toJsonSchema(value);
  }
  const nullable = out.nullable;
  delete out.nullable;
  if (nullable !== true) return out;
  if (typeof out.type === "string") {
    out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null))
      out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: "null" }] };
}
