import type { FrontMatterKey } from "./front-matter-fields.js";

/** Other layouts' front matter keys and the key each is read as; docs/sop-format.md lists them. */
const KEY_ALIASES: Partial<Record<FrontMatterKey, readonly string[]>> = {
  id: [
    "document_no",
    "document_number",
    "doc_no",
    "doc_id",
    "document_id",
    "sop_no",
    "sop_number",
    "sop_id",
  ],
  title: ["document_title", "sop_title"],
  version: ["revision", "rev", "revision_no", "version_no"],
  status: ["document_status"],
  owner: ["document_owner", "process_owner", "author", "prepared_by"],
  trigger: ["frequency", "when_to_use"],
  last_validated: [
    "effective_date",
    "last_reviewed",
    "last_review",
    "issue_date",
    "date_of_issue",
  ],
  review_due: ["next_review", "next_review_date", "review_date", "review_by"],
};
const APPROVED_BY = ["approved_by", "approver"];
const APPROVED_AT = ["approval_date", "approved_on", "date_approved"];
// Statuses of document-control systems, read as ours.
const STATUS_ALIASES: Record<string, string> = {
  effective: "published",
  active: "published",
  current: "published",
  released: "published",
  issued: "published",
  "under review": "in-review",
  "in review": "in-review",
};

/** The front matter as sopflow's keys, and for each key read from another name, the name written. */
export interface MappedFrontMatter {
  data: Record<string, unknown>;
  /** Our key → the key as written in the file ("id" → "document_no"). */
  keys: Record<string, string>;
}

/**
 * Reads an existing SOP's front matter through the aliases of common
 * document-control layouts (`document_no`, `revision: 3`, `effective_date`,
 * `approved_by`), so adopting sopflow does not start with an error per key.
 * A key written under our own name always wins over an alias.
 */
export function mapFrontMatter(
  written: Record<string, unknown>,
): MappedFrontMatter {
  const data: Record<string, unknown> = { ...written };
  const keys: Record<string, string> = {};
  for (const [key, aliases] of Object.entries(KEY_ALIASES)) {
    const alias = aliases.find((name) => name in written);
    if (key in written || alias === undefined) continue;
    data[key] = written[alias];
    keys[key] = alias;
    delete data[alias];
  }
  if ("version" in keys) data["version"] = asVersion(data["version"]);
  if ("status" in data) data["status"] = asStatus(data["status"]);
  const by = APPROVED_BY.find((name) => name in written);
  if (!("approval" in written) && by !== undefined) {
    const at = APPROVED_AT.find((name) => name in written);
    data["approval"] = {
      by: written[by],
      at: at === undefined ? "" : String(written[at]),
      link: null,
    };
    keys["approval"] = by;
    delete data[by];
    if (at !== undefined) delete data[at];
  }
  return { data, keys };
}

/** "Revision 3" or "03" is version "3.0"; "2.1" stays; anything else is left for the checks to judge. */
function asVersion(value: unknown): unknown {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string") return value;
  if (/^\d{1,4}$/.test(text)) return `${Number(text)}.0`;
  return /^\d{1,4}\.\d{1,4}$/.test(text) ? text : value;
}

function asStatus(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const lower = value.trim().toLowerCase();
  return STATUS_ALIASES[lower] ?? (lower === value ? value : lower);
}
