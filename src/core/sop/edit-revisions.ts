import type { Table } from "mdast";
import { table } from "../markdown/md-builders.js";
import { markdownProcessor } from "./markdown-processor.js";
import { nodeText } from "./node-text.js";
import type { SopSection } from "./parsed-sop.js";
import { readRevisions } from "./read-revisions.js";
import type { Revision } from "./sop-schema.js";
import type { TextEdit } from "./text-edits.js";

/**
 * New revision rows appended to the section's table, in its own column
 * order; null when the table is missing or its rows changed otherwise
 * (then the caller rewrites the table).
 */
export function editRevisions({
  section,
  next,
}: {
  section: SopSection;
  next: Revision[];
}): TextEdit[] | null {
  const node = section.nodes.find((n): n is Table => n.type === "table");
  if (node === undefined) return null;
  const before = readRevisions(section.nodes);
  const kept = next.slice(0, before.length);
  if (
    before.length > next.length ||
    JSON.stringify(kept) !== JSON.stringify(before)
  )
    return null;
  const added = next.slice(before.length);
  if (added.length === 0) return [];
  const header = (node.children[0]?.children ?? []).map((cell) =>
    nodeText(cell).trim(),
  );
  const column = (revision: Revision, name: string, at: number): string => {
    const key = name.toLowerCase();
    if (key in revision) return revision[key as keyof Revision];
    // Headers sopflow does not know by name fall back to position, as readRevisions does.
    const fallback = (["version", "date", "author", "change"] as const)[at];
    return fallback && !header.some((h) => h.toLowerCase() === fallback)
      ? revision[fallback]
      : "";
  };
  const rows = added.map((revision) =>
    header.map((name, at) => column(revision, name, at)),
  );
  const lines = markdownProcessor
    .stringify({ type: "root", children: [table(header, rows)] })
    .trimEnd()
    .split("\n")
    .slice(2);
  const at = node.position?.end.offset ?? 0;
  return [{ start: at, end: at, text: `\n${lines.join("\n")}` }];
}
