import type { Root, Yaml } from "mdast";
import YAML from "yaml";
import { readFlatYaml } from "./flat-yaml.js";
import { mapFrontMatter } from "./front-matter-aliases.js";
import type { ParsedFrontMatter } from "./parsed-sop.js";
import { messageOf } from "../message-of.js";

/** Reads the YAML front matter leniently: any mapping is accepted (and read through other layouts' key names), the checks judge its keys. */
export function readFrontMatter(tree: Root): ParsedFrontMatter {
  const first = tree.children[0];
  const node: Yaml | null = first?.type === "yaml" ? first : null;
  if (node === null) return { node, data: null, error: null };
  const flat = readFlatYaml(node.value);
  if (flat !== undefined)
    return { node, data: flat, error: null, mapped: mapFrontMatter(flat) };
  let value: unknown;
  try {
    value = YAML.parse(node.value);
  } catch (error) {
    return {
      node,
      data: null,
      error: messageOf(error),
    };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      node,
      data: null,
      error: "the front matter is not a mapping of keys to values",
    };
  }
  const data = value as Record<string, unknown>;
  return { node, data, error: null, mapped: mapFrontMatter(data) };
}
