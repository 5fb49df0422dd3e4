import { Ajv, type ValidateFunction } from "ajv";
import addFormatsPlugin from "ajv-formats";
import { loadSpec } from "./load-spec.js";
import {
  COMPONENT_BASE,
  toJsonSchema,
  type JsonNode,
} from "./to-json-schema.js";

// ajv-formats is CommonJS: under NodeNext its default import is typed as the module object.
const addFormats =
  addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

let ajv: Ajv | undefined;
const registered = new Set<string>();

/**
 * One Ajv per process. Referenced schemas are compiled once and shared (no
 * inlining, no code optimisation), which keeps a new operation's validator
 * to milliseconds.
 */
function sharedAjv(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({
    strict: false,
    logger: false,
    inlineRefs: false,
    validateSchema: false,
    code: { optimize: false },
  });
  addFormats(ajv);
  return ajv;
}

// Registers every component a schema reaches, converting only those (the whole set is 4 MB).
function registerReferenced(node: JsonNode): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) return node.forEach(registerReferenced);
  for (const [key, value] of Object.entries(node)) {
    if (key !== "$ref" || typeof value !== "string") {
      registerReferenced(value);
      continue;
    }
    const id = value.split("#")[0] ?? "";
    if (!id.startsWith(COMPONENT_BASE) || registered.has(id)) continue;
    registered.add(id);
    const [section = "", name = ""] = id
      .slice(COMPONENT_BASE.length)
      .split("/");
    const component =
      loadSpec().components[section]?.[decodeURIComponent(name)];
    if (component === undefined)
      throw new Error(
        `Unexpected reference ${value}, expected a component of GitHub's OpenAPI description`,
      );
    const schema = toJsonSchema(component);
    sharedAjv().addSchema({ ...(schema as object), $id: id });
    registerReferenced(schema);
  }
}

/** Compiles an OpenAPI schema fragment (raw, as in the description) against GitHub's components. */
export function compileSchema(fragment: JsonNode): ValidateFunction {
  const schema = toJsonSchema(fragment);
  registerReferenced(schema);
  return sharedAjv().compile(schema as object);
}

/** Ajv's errors as one readable line. */
export function describeErrors(
  validate: ValidateFunction,
  dataVar: string,
): string {
  return sharedAjv().errorsText(validate.errors, { dataVar });
}
