import type { Nodes, Parent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);

// GitHub links a mention only outside code and links (html-pipeline's MentionFilter ignores pre, code and a).
const SILENT = new Set([
  "inlineCode",
  "code",
  "link",
  "linkReference",
  "definition",
]);
// A user (@login) or a team (@org/team) after the start or a non-word character; a backslash does
// not stop GitHub from linking a mention (the escape is gone by the time mentions are found).
const MENTION = /\B@([A-Z0-9][A-Z0-9-]*(?:\/[A-Z0-9][\w-]*)?)/gi;

/**
 * Whom a GitHub comment would notify: every user and team mention in its
 * rendered text, lowercased. Conservative: text inside raw HTML counts too.
 */
export function mentionsIn(markdown: string): string[] {
  const found = new Set<string>();
  const scan = (text: string) => {
    for (const match of text.matchAll(MENTION))
      found.add((match[1] ?? "").toLowerCase());
  };
  const walk = (node: Nodes) => {
    if (SILENT.has(node.type)) return;
    if (node.type === "text") scan(node.value);
    if (node.type === "html")
      scan(
        node.value
          .replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
          .replace(/<[^<>]*>/g, " "),
      );
    if ("children" in node)
      for (const child of (node as Parent).children) walk(child as Nodes);
  };
  walk(parser.parse(markdown));
  return [...found].sort();
}
