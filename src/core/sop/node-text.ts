import type { Nodes } from "mdast";

/** The plain text of a node: formatting dropped, hard breaks kept as newlines. */
export function nodeText(node: Nodes): string {
  if (node.type === "break") return "\n";
  if (node.type === "image" || node.type === "imageReference") return node.alt ?? "";
  if ("value" in node) return node.value;
  if ("children" in node) return node.children.map((child) => nodeText(child)).join("");
  return "";
}
