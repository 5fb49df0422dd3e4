import { markdownProcessor } from "../sop/markdown-processor.js";
import { readFrontMatter } from "../sop/read-front-matter.js";
import type { RunSummary } from "./run-summary.js";

/** What the catalog and the review scan know of one SOP file: its front matter as written. */
export interface CatalogEntry {
  /** The file's path in the repository, "/"-separated. */
  path: string;
  id: string;
  title: string;
  version: string;
  owner: string;
  /** As written, so "retired" (or any status a team uses) is kept; "" when absent. */
  status: string;
  lastValidated: string;
  reviewDue: string;
  /** The front matter's `schedule:` (cron) for recurring runs, when it has one. */
  schedule?: string;
  /** The runs the catalog shows, as read back from a catalog (never from the SOP file). */
  runs?: RunSummary;
}

/**
 * The catalog entry of a Markdown file, or null when the file is no SOP
 * (no front matter with an `id`): a folder's README or notes stay out.
 */
export function readCatalogEntry({
  path,
  markdown,
}: {
  path: string;
  markdown: string;
}): CatalogEntry | null {
  // Only the front matter matters here: parse the leading YAML block, not the whole body.
  const head = frontMatterBlock(markdown);
  if (head === null) return null;
  const { data } = readFrontMatter(markdownProcessor.parse(head));
  const text = (key: string): string => scalarText(data?.[key]).trim();
  const id = text("id");
  if (id === "") return null;
  return {
    path,
    id,
    title: text("title"),
    version: text("version"),
    owner: text("owner"),
    status: text("status"),
    lastValidated: text("last_validated"),
    reviewDue: text("review_due"),
    ...(text("schedule") === "" ? {} : { schedule: text("schedule") }),
  };
}

function scalarText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean")
    return String(value);
  // A YAML date parsed as a Date under another schema: keep its day.
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  return "";
}

/** The leading "---" … "---" lines, or null when the file does not start with them. */
function frontMatterBlock(markdown: string): string | null {
  const lines = markdown.split("\n");
  if (lines[0]?.trimEnd() !== "---") return null;
  const close = lines.findIndex(
    (line, index) => index > 0 && line.trimEnd() === "---",
  );
  return close === -1 ? null : lines.slice(0, close + 1).join("\n");
}
