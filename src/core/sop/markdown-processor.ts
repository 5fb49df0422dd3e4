import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import type { Data, Processor } from "unified";
import { unified } from "unified";

type FromMarkdownExtensions = NonNullable<Data["fromMarkdownExtensions"]>;

/**
 * Drops the tree transforms GFM adds to parsing (only the autolink-literal
 * one: a regex walk over every text node that turns bare e-mail addresses and
 * the like into links). SOPs are read as plain text, so those links change
 * nothing we read, and the walk costs about a tenth of the parse time, which
 * `sopflow lint` must keep low.
 */
function withoutParseTransforms(this: Processor): void {
  const data = this.data();
  const strip = (extensions: FromMarkdownExtensions): FromMarkdownExtensions =>
    extensions.map((extension) =>
      Array.isArray(extension) ? strip(extension) : { ...extension, transforms: [] },
    ) as FromMarkdownExtensions;
  data.fromMarkdownExtensions = strip(data.fromMarkdownExtensions ?? []);
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
  .use(remarkGfm)
  .use(withoutParseTransforms)
  .use(remarkFrontmatter, ["yaml"])
  .freeze();
