import type { Root } from "mdast";
import { markdownProcessor } from "./markdown-processor.js";
import type { ParsedSop } from "./parsed-sop.js";
import { parseSimpleMarkdown } from "./simple-markdown.js";
import { readFrontMatter } from "./read-front-matter.js";
import { readRevisions } from "./read-revisions.js";
import { readSopContent } from "./read-sop-content.js";
import { SECTION, sectionKey } from "./sop-sections.js";
import { splitSections } from "./split-sections.js";
import { toFrontMatter } from "./to-front-matter.js";

export type { ParsedSop, SopSection } from "./parsed-sop.js";

/** Reads any Markdown as an SOP, as far as it goes; never throws, whatever the input. */
export function parseSop(markdown: string): ParsedSop {
  const tree = parseTree(markdown);
  const frontMatter = readFrontMatter(tree);
  const { title, sections } = splitSections(tree);
  let file: ParsedSop["file"] | undefined;
  return {
    source: markdown,
    tree,
    frontMatter,
    title,
    sections,
    // Read on first use: most lint rules need only the tree, and linting many files pays for every reading.
    get file() {
      return (file ??= {
        frontMatter: toFrontMatter(
          frontMatter.mapped?.data ?? frontMatter.data,
        ),
        content: readSopContent({ title, sections }),
        revisions: readRevisions(
          sections.get(sectionKey(SECTION.revisionHistory))?.nodes ?? [],
        ),
      });
    },
  };
}

function parseTree(markdown: string): Root {
  try {
    return parseSimpleMarkdown(markdown) ?? markdownProcessor.parse(markdown);
  } catch {
    // The parser accepts any text; this guards the promise above against a parser bug, not a known case.
    return { type: "root", children: [] };
  }
}
