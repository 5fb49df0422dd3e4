import type { Root } from "mdast";
import { heading, paragraph, root } from "../../markdown/md-builders.js";

/** A short note: a heading and paragraphs. */
export function simpleNoteBody(title: string, ...paragraphs: string[]): Root {
  return root([heading(3, title), ...paragraphs.map((p) => paragraph(p))]);
}
