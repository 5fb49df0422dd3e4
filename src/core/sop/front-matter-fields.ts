/**
 * The front matter's keys and statuses as plain data: the schema is built
 * from them, and `sopflow lint` reads them without loading the schema
 * library in every worker.
 */
export const SOP_STATUSES = [
  "draft",
  "in-review",
  "approved",
  "published",
  "retired",
] as const;

export const FRONT_MATTER_KEYS = [
  "id",
  "title",
  "version",
  "status",
  "owner",
  "trigger",
  "source_issue",
  "last_validated",
  "review_due",
  "approval",
] as const;

export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/**
 * The approval as a file can hold it without a commit after the approval:
 * "recorded in the commit that merged this version" (its `Approved-by:` and
 * `Approved-at:` trailers), written before review is requested.
 */
export const MERGE_COMMIT_APPROVAL = "merge-commit";
