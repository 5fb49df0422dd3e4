import {
  FRONT_MATTER_KEYS,
  MERGE_COMMIT_APPROVAL,
  SOP_STATUSES,
  type FrontMatterKey as Key,
} from "../sop/front-matter-fields.js";
import { isIsoDate } from "../sop/iso-date.js";

export { FRONT_MATTER_KEYS };

const STATUSES: readonly string[] = SOP_STATUSES;

/** What a valid value of each front matter key looks like, as the "expected" half of a message. */
const EXPECTED: Record<Key, string> = {
  id: "a non-empty string",
  title: "a non-empty string",
  version: 'a quoted version such as "1.2"',
  status: `one of ${STATUSES.join(", ")}`,
  owner: "a non-empty string",
  trigger: "a non-empty string",
  source_issue: 'a non-empty string such as "owner/repo#12"',
  last_validated: "a date written YYYY-MM-DD",
  review_due: "a date written YYYY-MM-DD",
  approval: 'null, "merge-commit" or a mapping with by, at and link',
};

const VALID: Record<Key, (value: unknown) => boolean> = {
  id: nonEmpty,
  title: nonEmpty,
  version: (value) => typeof value === "string" && /^\d+\.\d+$/.test(value),
  status: (value) => typeof value === "string" && STATUSES.includes(value),
  owner: nonEmpty,
  trigger: nonEmpty,
  source_issue: nonEmpty,
  last_validated: (value) => typeof value === "string" && isIsoDate(value),
  review_due: (value) => typeof value === "string" && isIsoDate(value),
  approval: (value) =>
    value === null || value === MERGE_COMMIT_APPROVAL || isApproval(value),
};

/** What the SOP schema's approval accepts (by, at, link), with someone named in `by`. */
function isApproval(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return false;
  const { by, at, link } = value as Record<string, unknown>;
  return (
    nonEmpty(by) &&
    typeof at === "string" &&
    (link === null || typeof link === "string")
  );
}

/** The "expected" text for an invalid value of `key`, or null when the value is fine. */
export function frontMatterProblem({
  key,
  value,
}: {
  key: Key;
  value: unknown;
}): string | null {
  return VALID[key](value) ? null : EXPECTED[key];
}

/** A value as a message shows it: its kind, and its text when short. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string")
    return value === ""
      ? "empty string"
      : `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "number" || typeof value === "boolean")
    return `${typeof value} ${String(value)}`;
  return Array.isArray(value) ? "list" : "mapping";
}

function nonEmpty(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}
