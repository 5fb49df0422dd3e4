import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Table, TableRow } from "mdast";

/** Small constructors for the mdast nodes an SOP is made of; text always goes in as literal text. */
export function heading(depth: 1 | 2, text: string): Heading {
  return { type: "heading", depth, children: text === "" ? [] : [{ type: "text", value: text }] };
}

export function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: "paragraph", children };
}

export function textParagraph(text: string): Paragraph {
  return paragraph([{ type: "text", value: text }]);
}

/** Prose split into paragraphs at blank lines, so multi-paragraph text survives a round trip. */
export function prose(text: string): Paragraph[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => textParagraph(part));
}

export function listItem(children: BlockContent[]): ListItem {
  return { type: "listItem", spread: false, children };
}

export function list(ordered: boolean, items: ListItem[]): List {
  return ordered
    ? { type: "list", ordered: true, start: 1, spread: false, children: items }
    : { type: "list", ordered: false, spread: false, children: items };
}

export function bulletList(texts: string[]): List[] {
  return texts.length === 0 ? [] : [list(false, texts.map((text) => listItem([textParagraph(text)])))];
}

export function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[]): TableRow => ({
    type: "tableRow",
    children: cells.map((cell) => ({ type: "tableCell", children: cell === "" ? [] : [{ type: "text", value: cell }] })),
  });
  return { type: "table", align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}
