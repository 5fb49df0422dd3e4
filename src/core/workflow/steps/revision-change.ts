import { describeChanges } from "../../sop/describe-changes.js";
import type { SopContent } from "../../sop/sop-schema.js";
import type { Feedback } from "../../ports/model.js";

/** How many changes a revision-history row lists before "and N more". */
const LISTED = 3;

/**
 * The Change cell of a draft's revision-history row: who asked for it and
 * what changed, from the diff of the content — not "redraft addressing 1
 * comment".
 */
export function revisionChange(input: {
  requester: string;
  feedback: Feedback[];
  before: SopContent | null;
  after: SopContent;
}): string {
  const { feedback, before, after } = input;
  if (before === null)
    return `First draft from the capture, requested by @${input.requester}`;
  const reviewers = [...new Set(feedback.map((f) => `@${f.author}`))];
  const why = reviewers.length
    ? `Redraft for the review by ${reviewers.join(", ")}`
    : "New draft from a new capture";
  const changes = describeChanges(before, after);
  if (changes.length === 0) return `${why}: no change to the content`;
  const more = changes.length - LISTED;
  return `${why}: ${changes.slice(0, LISTED).join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}
