import { editSop } from "../../sop/edit-sop.js";
import { approveSopFile } from "../../sop/approve-sop-file.js";
import { parseSop } from "../../sop/parse-sop.js";
import type { ApprovalRecord, PublishOverride } from "../action.js";

/**
 * The SOP file with the approval recorded in it (front matter, and a
 * revision-history row when an approver overrode the publishing gate), as a
 * minimal edit of the approved text; null when the file already says it.
 */
export function approvalRecord(input: {
  text: string;
  approval: ApprovalRecord;
  link: string;
  override: PublishOverride | undefined;
  today: string;
}): string | null {
  const { approval, override, today } = input;
  const file = parseSop(input.text).file;
  const by = `@${approval.by}`;
  const change = override
    ? `Published by ${by} over ${override.blockers.join(" and ")} (override: /sop publish anyway)`
    : null;
  const recorded =
    file.frontMatter.approval?.by === by &&
    (change === null || file.revisions.some((r) => r.change === change));
  if (recorded) return null;
  const approved = approveSopFile({
    file,
    approval: { by, at: approval.at, link: input.link },
    today,
  });
  return editSop({
    source: input.text,
    next: {
      ...approved,
      revisions:
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
            ],
    },
  });
}
