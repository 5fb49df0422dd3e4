import { gfmTableFromMarkdown, gfmTableToMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import type { Processor } from "unified";
import { unified } from "unified";

/**
 * Of GFM, an SOP uses tables only (the revision history). Loading just the
 * table syntax keeps every parse from combining and running the other GFM
 * extensions, which `sopflow lint` on many files would pay for each file.
 */
function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
}

/**
 * The one processor every SOP is parsed and stringified with: built once
 * because building it per file dominates the cost of linting many files.
 */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkStringify, {
    bullet: "-",
    emphasis: "*",
    strong: "*",
    fences: true,
    incrementListMarker: true,
    listItemIndent: "one",
    rule: "-",
    // Escape every "<": the default rules miss email autolinks such as "<&@a>", which would eat the brackets.
    unsafe: [{ character: "<" }],
  })
  .use(gfmTables)
  .use(remarkFrontmatter, ["yaml"])
  .freeze();
