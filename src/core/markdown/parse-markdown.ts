import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkGfm);

/** The mdast tree of Markdown that sopflow itself wrote (help, replies), to place it in a note. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
