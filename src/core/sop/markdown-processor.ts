import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

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
  .use(remarkGfm)
  .use(remarkFrontmatter, ["yaml"])
  .freeze();
