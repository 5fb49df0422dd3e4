import { approveSopFile } from "../sop/approve-sop-file.js";
import { parseSop } from "../sop/parse-sop.js";
import { renderSop } from "../sop/render-sop.js";
import type { ApprovalRecord } from "./action.js";

/**
 * The SOP file as publishing leaves it on top of the approved commit: the
 * approval recorded in its front matter. Null when there is no file, or it
 * already names this approver (nothing to record).
 */
export function approvalRecord(input: {
  text: string | null;
  approval: ApprovalRecord;
  pullUrl: string;
  today: string;
}): string | null {
  const { text, approval } = input;
  const file = text === null ? null : parseSop(text).file;
  if (!file || file.frontMatter.approval?.by === `@${approval.by}`) return null;
  return renderSop(
    approveSopFile({
      file,
      approval: {
        by: `@${approval.by}`,
        at: approval.at,
        link: reviewLink(input.pullUrl, approval.reviewId),
      },
      today: input.today,
    }),
  );
}

/** The review on the pull request's page (the page itself for a merge nobody reviewed). */
export function reviewLink(pullUrl: string, reviewId: string): string {
  return reviewId ? `${pullUrl}#pullrequestreview-${reviewId}` : pullUrl;
}
