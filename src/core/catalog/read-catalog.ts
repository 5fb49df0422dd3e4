import type { Table } from "mdast";
import { nodeText } from "../sop/node-text.js";
import { markdownProcessor } from "../sop/markdown-processor.js";
import type { CatalogEntry } from "./catalog-entry.js";
import { isCatalogEnd, isCatalogStart } from "./catalog-markers.js";
import { OPTIONAL } from "./optional-columns.js";

/**
 * The entries a catalog lists (its generated tables, in either section),
 * with each link resolved to a repository path. What the scheduled review
 * scan reads instead of every SOP file; a row it cannot place is skipped.
 */
export function readCatalog({
  markdown,
  catalogPath,
}: {
  markdown: string;
  catalogPath: string;
}): CatalogEntry[] {
  const tree = markdownProcessor.parse(markdown);
  const entries: CatalogEntry[] = [];
  let inside = false;
  for (const node of tree.children) {
    if (node.type === "html" && isCatalogStart(node.value)) inside = true;
    else if (node.type === "html" && isCatalogEnd(node.value)) inside = false;
    else if (inside && node.type === "table")
      entries.push(...rowsOf(node, catalogPath));
  }
  return entries;
}

function rowsOf(table: Table, catalogPath: string): CatalogEntry[] {
  // The optional columns (schedule, runs) are found by their header; the first seven by place.
  const header = (table.children[0]?.children ?? []).map((cell) =>
    nodeText(cell).trim(),
  );
  const at = (name: string) => header.indexOf(name);
  return table.children.slice(1).flatMap((row) => {
    const cells = row.children.map((cell) => nodeText(cell).trim());
    const link = row.children[1]?.children.find((n) => n.type === "link");
    if (cells.length < 7 || link === undefined) return [];
    const path = resolve(catalogPath, link.url);
    if (path === null) return [];
    const [id, title, version, owner, status, lastValidated, reviewDue] =
      cells as [string, string, string, string, string, string, string];
    const schedule = cells[at(OPTIONAL.schedule)] ?? "";
    const count = Number(cells[at(OPTIONAL.runs)] ?? "");
    const lastLink = row.children[at(OPTIONAL.lastRun)]?.children.find(
      (n) => n.type === "link",
    );
    const runs =
      Number.isInteger(count) && count > 0 && lastLink !== undefined
        ? { count, last: { on: nodeText(lastLink), url: lastLink.url } }
        : null;
    return [
      {
        path,
        id,
        title,
        version,
        owner,
        status,
        lastValidated,
        reviewDue,
        ...(schedule === "" ? {} : { schedule }),
        ...(runs === null ? {} : { runs }),
      },
    ];
  });
}

/** A relative link from the catalog as a repository path; null when it leaves the repository or is absolute. */
function resolve(catalogPath: string, url: string): string | null {
  if (/^[a-z][a-z\d+.-]*:|^\//i.test(url)) return null;
  const parts = catalogPath.split("/").slice(0, -1);
  for (const part of decodeURI(url).split("/")) {
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}
