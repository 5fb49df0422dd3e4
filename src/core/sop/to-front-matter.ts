import { MERGE_COMMIT_APPROVAL, SOP_STATUSES } from "./front-matter-fields.js";
import type { FrontMatter } from "./sop-schema.js";

const STATUSES: readonly string[] = SOP_STATUSES;

/** A best-effort FrontMatter from whatever mapping the file holds: wrong or missing values become "" or null. */
export function toFrontMatter(
  data: Record<string, unknown> | null,
): FrontMatter {
  const text = (key: string): string => scalarText(data?.[key]);
  const status = text("status");
  return {
    id: text("id"),
    title: text("title"),
    version: text("version"),
    status: (STATUSES.includes(status)
      ? status
      : "draft") as FrontMatter["status"],
    owner: text("owner"),
    trigger: text("trigger"),
    source_issue: text("source_issue"),
    last_validated: text("last_validated"),
    review_due: text("review_due"),
    approval: toApproval(data?.["approval"]),
  };
}

function scalarText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean")
    return String(value);
  return "";
}

function toApproval(value: unknown): FrontMatter["approval"] {
  if (value === MERGE_COMMIT_APPROVAL) return MERGE_COMMIT_APPROVAL;
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return null;
  const record = value as Record<string, unknown>;
  const link = record["link"];
  return {
    by: scalarText(record["by"]),
    at: scalarText(record["at"]),
    link: typeof link === "string" ? link : null,
  };
}
