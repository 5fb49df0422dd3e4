import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: "-", fence: "`", fences: true, rule: "-" });

/** Markdown text of an mdast tree, with the project's formatting. */
export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
