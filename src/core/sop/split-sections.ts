import type { Heading, Root } from "mdast";
import { nodeText } from "./node-text.js";
import type { SopSection } from "./parsed-sop.js";
import { sectionKey } from "./sop-sections.js";

/** The document's h1 and its h2 sections, each holding the nodes up to the next h1 or h2. */
export function splitSections(tree: Root): {
  title: Heading | null;
  sections: Map<string, SopSection>;
} {
  let title: Heading | null = null;
  const sections = new Map<string, SopSection>();
  let current: SopSection | null = null;
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth <= 2) {
      if (node.depth === 1) {
        title ??= node;
        current = null;
        continue;
      }
      const text = nodeText(node).trim();
      current = {
        title: text,
        heading: node,
        nodes: [],
        start: pointOf(node, "start"),
        end: pointOf(node, "end"),
      };
      if (!sections.has(sectionKey(text)))
        sections.set(sectionKey(text), current);
      continue;
    }
    if (current === null) continue;
    current.nodes.push(node);
    current.end = pointOf(node, "end");
  }
  return { title, sections };
}

function pointOf(
  node: { position?: { start: SopSection["start"]; end: SopSection["end"] } },
  edge: "start" | "end",
) {
  return node.position?.[edge] ?? { line: 1, column: 1 };
}
