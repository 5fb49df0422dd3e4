import { describeChanges } from "../sop/describe-changes.js";
import type { SopContent } from "../sop/sop-schema.js";

/** How many changes a row lists before "and N more". */
const LISTED = 3;

/**
 * The Change cell of a revision's history row: who asked, why, and what
 * changed from the diff of the published content.
 */
export function revisionRow(input: {
  requester: string;
  reviewers: string[];
  reason: string;
  before: SopContent;
  after: SopContent;
}): string {
  const asked = `Revision requested by @${input.requester}`;
  const reviewed = input.reviewers.length
    ? `, reviewed by ${[...new Set(input.reviewers)].map((r) => `@${r}`).join(", ")}`
    : "";
  const changes = describeChanges(input.before, input.after);
  const more = changes.length - LISTED;
  const what = changes.length
    ? `${changes.slice(0, LISTED).join("; ")}${more > 0 ? `; and ${more} more` : ""}`
    : "no change to the content";
  const why = oneLine(input.reason);
  return `${asked}${reviewed}${why ? ` (${why})` : ""}: ${what}`;
}

/** The reason as one short line: a table cell holds no line breaks. */
function oneLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const words = line.trim().split(/ +/).join(" ");
  return words.length > 120 ? `${words.slice(0, 119)}…` : words;
}
