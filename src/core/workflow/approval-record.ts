import { approveSopFile, approvedBy } from "../sop/approve-sop-file.js";
import { editSop } from "../sop/edit-sop.js";
import { parseSop } from "../sop/parse-sop.js";
import type { ApprovalRecord, PublishOverride } from "./action.js";

/**
 * The SOP file as publishing leaves it on top of the approved commit: the
 * approval recorded in its front matter (and a revision-history row when an
 * approver overrode the publishing gate), as a minimal edit of the approved
 * text. Null when there is no file, or it already says all that.
 */
export function approvalRecord(input: {
  text: string | null;
  approval: ApprovalRecord;
  pullUrl: string;
  override: PublishOverride | undefined;
  today: string;
}): string | null {
  const { text, approval, override, today } = input;
  if (text === null) return null;
  const file = parseSop(text).file;
  const by = `@${approval.by}`;
  const change = override
    ? `Published by ${by} over ${override.blockers.join(" and ")} (override: /sop publish anyway)`
    : null;
  const recorded =
    approvedBy(file.frontMatter) === by &&
    (change === null || file.revisions.some((r) => r.change === change));
  if (recorded) return null;
  const approved = approveSopFile({
    file,
    approval: {
      by,
      at: approval.at,
      link: reviewLink(input.pullUrl, approval.reviewId),
    },
    today,
  });
  const revisions =
    change === null
      ? approved.revisions
      : [
          ...approved.revisions,
          {
            version: file.frontMatter.version,
            date: today,
            author: by,
            change,
          },
        ];
  return editSop({ source: text, next: { ...approved, revisions } });
}

/** The review on the pull request's page (the page itself for a merge nobody reviewed). */
export function reviewLink(pullUrl: string, reviewId: string): string {
  return reviewId ? `${pullUrl}#pullrequestreview-${reviewId}` : pullUrl;
}
