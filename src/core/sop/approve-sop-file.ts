import type { Approval, FrontMatter, SopFile } from "./sop-schema.js";

/**
 * The SOP as published: the approval recorded in the file itself, validated
 * today, and the approver named in the current version's revision row.
 */
export function approveSopFile({
  file,
  approval,
  today,
}: {
  file: SopFile;
  approval: Approval;
  today: string;
}): SopFile {
  const last = file.revisions.at(-1);
  const approver = `${approval.by} (approved)`;
  const revisions =
    last && !last.author.includes(approver)
      ? [
          ...file.revisions.slice(0, -1),
          {
            ...last,
            author: last.author ? `${last.author}, ${approver}` : approver,
          },
        ]
      : file.revisions;
  return {
    ...file,
    revisions,
    frontMatter: {
      ...file.frontMatter,
      status: "published",
      approval,
      last_validated: today,
    },
  };
}

/** Who the file says approved it; null when it names nobody (no record, or "merge-commit"). */
export function approvedBy(frontMatter: FrontMatter): string | null {
  const { approval } = frontMatter;
  return approval === null || typeof approval === "string" ? null : approval.by;
}
