import type { CatalogEntry } from "../catalog/catalog-entry.js";
import { isRetired } from "../catalog/is-retired.js";
import { addDays, isIsoDate } from "../sop/iso-date.js";

/**
 * The SOPs to review now: `review_due` on or before `today` plus `windowDays`
 * (overdue ones included), retired ones and ones without a readable date
 * left out; soonest first. ISO dates compare as text.
 */
export function selectReviewDue({
  entries,
  today,
  windowDays,
}: {
  entries: CatalogEntry[];
  /** YYYY-MM-DD */
  today: string;
  windowDays: number;
}): CatalogEntry[] {
  const limit = addDays({ date: today, days: windowDays });
  return entries
    .filter(
      (entry) =>
        !isRetired(entry.status) &&
        isIsoDate(entry.reviewDue) &&
        entry.reviewDue <= limit,
    )
    .sort(
      (a, b) => compare(a.reviewDue, b.reviewDue) || compare(a.path, b.path),
    );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
