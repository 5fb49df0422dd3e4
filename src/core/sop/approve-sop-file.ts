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
  const revisions = last
    ? [
        ...file.revisions.slice(0, -1),
        { ...last, author: withApprover(last.author, approval.by) },
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

/** A revision row's people cell with the approver added: "@lee (reviewed)" becomes "@lee (reviewed, approved)". */
function withApprover(cell: string, by: string): string {
  const people = cell ? cell.split(", @").map((p, i) => (i ? `@${p}` : p)) : [];
  const at = people.findIndex((p) =>
    p.toLowerCase().startsWith(`${by.toLowerCase()} (`),
  );
  if (at < 0) return [...people, `${by} (approved)`].join(", ");
  const person = people[at] ?? "";
  if (person.includes("approved")) return cell;
  people[at] = person.replace(/\)$/, ", approved)");
  return people.join(", ");
}
