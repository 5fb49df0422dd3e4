import { editSop } from "../sop/edit-sop.js";
import { addDays } from "../sop/iso-date.js";
import { parseSop } from "../sop/parse-sop.js";

/**
 * A confirmation that the SOP still holds: `last_validated` becomes today
 * and `review_due` moves on by the review interval. Nothing else changes.
 */
export function confirmFile(input: {
  source: string;
  today: string;
  reviewIntervalDays: number;
}): string {
  const file = parseSop(input.source).file;
  return editSop({
    source: input.source,
    next: {
      ...file,
      frontMatter: {
        ...file.frontMatter,
        last_validated: input.today,
        review_due: addDays({
          date: input.today,
          days: input.reviewIntervalDays,
        }),
      },
    },
  });
}
