import { editSop } from "../sop/edit-sop.js";
import { addDays } from "../sop/iso-date.js";
import { parseSop } from "../sop/parse-sop.js";
import type { SopContent, SopFile } from "../sop/sop-schema.js";
import { bumpVersion, type VersionBump } from "./bump-version.js";
import type { LifecycleData } from "./lifecycle-data.js";
import { revisionRow } from "./revision-row.js";

/**
 * A revision of a published SOP as a minimal edit of `source` (the published
 * file, or the branch's file on a redraft): the new content, the version by
 * the documented rule, the dates, and one history row for this version —
 * every other byte (sections sopflow does not know, HTML, comments) kept.
 */
export function reviseFile(input: {
  source: string;
  content: SopContent;
  lifecycle: LifecycleData;
  reviewers: string[];
  today: string;
  reviewIntervalDays: number;
}): { text: string; file: SopFile; bump: VersionBump } {
  const { source, lifecycle, today } = input;
  const current = parseSop(source).file;
  const baseline = lifecycle.baseline ?? current.content;
  const bump = bumpVersion({
    version: lifecycle.version,
    before: baseline,
    after: input.content,
  });
  // A redraft replaces the row this revision added, so the history keeps one row per version.
  const own = current.frontMatter.version;
  const kept =
    own === lifecycle.version
      ? current.revisions
      : current.revisions.filter((r) => r.version !== own);
  const file: SopFile = {
    frontMatter: {
      ...current.frontMatter,
      version: bump.version,
      last_validated: today,
      review_due: addDays({ date: today, days: input.reviewIntervalDays }),
    },
    content: input.content,
    revisions: [
      ...kept,
      {
        version: bump.version,
        date: today,
        author: `@${lifecycle.requester}`,
        change: revisionRow({
          requester: lifecycle.requester,
          reviewers: input.reviewers,
          reason: lifecycle.text,
          before: baseline,
          after: input.content,
        }),
      },
    ],
  };
  return { text: editSop({ source, next: file }), file, bump };
}
