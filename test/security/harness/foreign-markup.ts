import type { Nodes, Parent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);

// The raw HTML sopflow writes itself: note markers and the collapsible SOP.
const OWN_HTML = [
  /^<!-- sopflow:(note|data) [\s\S]*-->$/,
  /^<details><summary>[^<]*<\/summary>$/,
  /^<\/details>$/,
];

/**
 * What a GitHub comment would render that sopflow never writes on its own:
 * images from anywhere but GitHub (a beacon or an exfiltration URL loads
 * when the page is viewed) and raw HTML other than its own markers.
 */
export function foreignMarkup(markdown: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "image" && !/^https:\/\/github\.com\//.test(node.url))
      found.push(`image ${node.url}`);
    if (
      node.type === "html" &&
      !OWN_HTML.some((own) => own.test(node.value.trim()))
    )
      found.push(`html ${node.value}`);
    if ("children" in node)
      for (const child of (node as Parent).children) walk(child as Nodes);
  };
  walk(parser.parse(markdown));
  return found;
}
