import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell } from "mdast";

/** Small mdast constructors, so notes and bodies are built as trees, not spliced strings. */
export const text = (value: string): PhrasingContent => ({ type: "text", value });
export const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
export const code = (value: string): PhrasingContent => ({ type: "inlineCode", value });
export const link = (url: string, label: string): PhrasingContent => ({ type: "link", url, children: [text(label)] });

export const paragraph = (...children: (PhrasingContent | string)[]): Paragraph => ({
  type: "paragraph",
  children: children.map((c) => (typeof c === "string" ? text(c) : c)),
});

export const heading = (depth: Heading["depth"], value: string): Heading => ({ type: "heading", depth, children: [text(value)] });

const item = (content: BlockContent | PhrasingContent[] | string): ListItem => ({
  type: "listItem",
  spread: false,
  children: [typeof content === "string" ? paragraph(content) : Array.isArray(content) ? paragraph(...content) : content],
});

export const list = (items: (BlockContent | PhrasingContent[] | string)[], ordered = false): List => ({
  type: "list",
  ordered,
  spread: false,
  ...(ordered ? { start: 1 } : {}),
  children: items.map(item),
});

export const table = (header: string[], rows: string[][]): Table => {
  const cell = (value: string): TableCell => ({ type: "tableCell", children: [text(value)] });
  return {
    type: "table",
    align: header.map(() => null),
    children: [header, ...rows].map((row) => ({ type: "tableRow", children: row.map(cell) })),
  };
};

export const codeBlock = (value: string, lang: string | null = null): RootContent => ({ type: "code", lang, value });

export const details = (summary: string, children: RootContent[]): RootContent[] => [
  { type: "html", value: `<details><summary>${escapeHtml(summary)}</summary>` },
  ...children,
  { type: "html", value: "</details>" },
];

export const root = (children: RootContent[]): Root => ({ type: "root", children });

function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}
