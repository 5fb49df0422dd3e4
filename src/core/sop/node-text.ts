import type { Nodes } from "mdast";

/**
 * The plain text of a node: formatting dropped, hard breaks kept as newlines.
 * Walks with its own stack, not recursion, so no nesting depth can overflow it.
 */
export function nodeText(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  for (
    let current = stack.pop();
    current !== undefined;
    current = stack.pop()
  ) {
    if (current.type === "break") parts.push("\n");
    else if (current.type === "image" || current.type === "imageReference")
      parts.push(current.alt ?? "");
    else if ("value" in current) parts.push(current.value);
    else if ("children" in current)
      for (let i = current.children.length - 1; i >= 0; i--)
        stack.push(current.children[i] as Nodes);
  }
  return parts.join("");
}
