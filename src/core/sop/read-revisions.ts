import type { RootContent, TableRow } from "mdast";
import { nodeText } from "./node-text.js";
import type { Revision } from "./sop-schema.js";

type Column = "version" | "date" | "author" | "change";

/** The rows of the Revision history table, columns found by header name (falling back to position). */
export function readRevisions(nodes: RootContent[]): Revision[] {
  const tableNode = nodes.find((node) => node.type === "table");
  if (tableNode === undefined) return [];
  const [header, ...rows] = tableNode.children;
  const names =
    header === undefined
      ? []
      : header.children.map((cell) => nodeText(cell).trim().toLowerCase());
  const index = (column: Column, fallback: number): number => {
    const found = names.indexOf(column);
    return found >= 0 ? found : fallback;
  };
  const cell = (row: TableRow, at: number): string => {
    const node = row.children[at];
    return node === undefined ? "" : nodeText(node);
  };
  return rows.map((row) => ({
    version: cell(row, index("version", 0)),
    date: cell(row, index("date", 1)),
    author: cell(row, index("author", 2)),
    change: cell(row, index("change", 3)),
  }));
}
