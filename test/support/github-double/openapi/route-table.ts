import { loadSpec, type SpecOperation } from "./load-spec.js";
import { trimEnd } from "../../../../src/core/capture/trim-end.js";

export interface RouteMatch {
  method: string;
  /** The path template as GitHub's description writes it, e.g. /repos/{owner}/{repo}/issues/{issue_number}. */
  template: string;
  operation: SpecOperation;
  /** Path parameters, decoded, still strings. */
  params: Record<string, string>;
}

interface Node {
  literals: Map<string, Node>;
  params: Map<string, Node>;
  operations: Map<string, { template: string; operation: SpecOperation }>;
}

// Parameters whose values may hold slashes (file paths, refs such as heads/sop/1-x).
const MULTI_SEGMENT = new Set(["path", "ref", "branch", "basehead"]);
const METHODS = new Set([
  "get",
  "put",
  "post",
  "delete",
  "patch",
  "head",
  "options",
]);

const newNode = (): Node => ({
  literals: new Map(),
  params: new Map(),
  operations: new Map(),
});
let root: Node | undefined;

function buildTable(): Node {
  const top = newNode();
  for (const [template, item] of Object.entries(loadSpec().paths)) {
    let node = top;
    for (const segment of template.split("/").slice(1)) {
      const param = /^\{(.+)\}$/.exec(segment)?.[1];
      const children = param === undefined ? node.literals : node.params;
      const key = param ?? segment;
      let child = children.get(key);
      if (!child) children.set(key, (child = newNode()));
      node = child;
    }
    for (const [method, operation] of Object.entries(item)) {
      if (METHODS.has(method))
        node.operations.set(method.toUpperCase(), {
          template,
          operation: operation as SpecOperation,
        });
    }
  }
  return top;
}

function walk(
  node: Node,
  segments: string[],
  at: number,
  method: string,
  params: Record<string, string>,
): RouteMatch | null {
  if (at === segments.length) {
    const found = node.operations.get(method);
    return found ? { method, ...found, params: { ...params } } : null;
  }
  const literal = node.literals.get(decodeURIComponent(segments[at] ?? ""));
  const viaLiteral = literal
    ? walk(literal, segments, at + 1, method, params)
    : null;
  if (viaLiteral) return viaLiteral;
  for (const [name, child] of node.params) {
    const last = MULTI_SEGMENT.has(name) ? segments.length : at + 1;
    for (let end = at + 1; end <= last; end += 1) {
      const value = segments.slice(at, end).map(decodeURIComponent).join("/");
      if (value === "") continue;
      const found = walk(child, segments, end, method, {
        ...params,
        [name]: value,
      });
      if (found) return found;
    }
  }
  return null;
}

/**
 * Finds the operation for a request, the way GitHub's router would: a literal
 * segment beats a parameter, and only file paths and refs span several segments.
 */
export function matchRoute(
  method: string,
  pathname: string,
): RouteMatch | null {
  root ??= buildTable();
  return walk(
    root,
    trimEnd(pathname, "/").split("/").slice(1),
    0,
    method.toUpperCase(),
    {},
  );
}
