import type { Root } from "mdast";
import { parseMarkdown } from "../../markdown/parse-markdown.js";
import { heading, root } from "../../markdown/md-builders.js";

/** A short note: a heading and sopflow's own Markdown paragraphs (never operator text). */
export function simpleNoteBody(title: string, ...paragraphs: string[]): Root {
  return root([
    heading(3, title),
    ...paragraphs.flatMap((p) => parseMarkdown(p).children),
  ]);
}
