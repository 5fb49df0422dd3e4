import type { Approval, SopFile } from "./sop-schema.js";

/** The SOP as published: the approval recorded in the file itself, validated today. */
export function approveSopFile({
  file,
  approval,
  today,
}: {
  file: SopFile;
  approval: Approval;
  today: string;
}): SopFile {
  return {
    ...file,
    frontMatter: {
      ...file.frontMatter,
      status: "published",
      approval,
      last_validated: today,
    },
  };
}
