import type {
  BlockContent,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
} from "mdast";

/** Small mdast constructors, so notes and bodies are built as trees, not spliced strings. */
export const text = (value: string): PhrasingContent => ({
  type: "text",
  value,
});
export const strong = (value: string): PhrasingContent => ({
  type: "strong",
  children: [text(value)],
});
export const code = (value: string): PhrasingContent => ({
  type: "inlineCode",
  value,
});
export const link = (url: string, label: string): PhrasingContent => ({
  type: "link",
  url,
  children: [text(label)],
});

export const paragraph = (
  ...children: (PhrasingContent | string)[]
): Paragraph => ({
  type: "paragraph",
  children: children.map((c) => (typeof c === "string" ? text(c) : c)),
});

/** Prose split into paragraphs at blank lines, so multi-paragraph text survives a round trip. */
export const prose = (value: string): Paragraph[] =>
  value
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => paragraph(part));

export const heading = (depth: Heading["depth"], value: string): Heading => ({
  type: "heading",
  depth,
  children: value === "" ? [] : [text(value)],
});

export const listItem = (children: BlockContent[]): ListItem => ({
  type: "listItem",
  spread: false,
  children,
});

type Item = ListItem | BlockContent | PhrasingContent[] | string;

const item = (content: Item): ListItem => {
  if (typeof content === "string") return listItem([paragraph(content)]);
  if (Array.isArray(content)) return listItem([paragraph(...content)]);
  return content.type === "listItem" ? content : listItem([content]);
};

export const list = (items: Item[], ordered = false): List => ({
  type: "list",
  ordered,
  spread: false,
  ...(ordered ? { start: 1 } : {}),
  children: items.map(item),
});

/** A bullet list of plain texts; nothing at all for no texts. */
export const bulletList = (texts: string[]): List[] =>
  texts.length === 0 ? [] : [list(texts)];

export const table = (header: string[], rows: string[][]): Table => {
  const cell = (value: string): TableCell => ({
    type: "tableCell",
    children: value === "" ? [] : [text(value)],
  });
  return {
    type: "table",
    align: header.map(() => null),
    children: [header, ...rows].map((row) => ({
      type: "tableRow",
      children: row.map(cell),
    })),
  };
};

export const codeBlock = (
  value: string,
  lang: string | null = null,
): RootContent => ({ type: "code", lang, value });

export const details = (
  summary: string,
  children: RootContent[],
): RootContent[] => [
  { type: "html", value: `<details><summary>${escapeHtml(summary)}</summary>` },
  ...children,
  { type: "html", value: "</details>" },
];

export const root = (children: RootContent[]): Root => ({
  type: "root",
  children,
});

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
  );
}
