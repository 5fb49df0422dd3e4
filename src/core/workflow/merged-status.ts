import { MERGE_COMMIT_APPROVAL } from "../sop/front-matter-fields.js";
import type { FrontMatter, SopFile } from "../sop/sop-schema.js";

/**
 * The front matter a draft carries when the approval cannot be written into
 * the file after it is given (a commit after an approval is new code to
 * branch rules that dismiss stale approvals): the file says what it will be
 * once merged — `status: published` — and that its approval is recorded in
 * the merge commit. sopflow merges only on an approval that counts, so the
 * file on the default branch never says `draft`. With the approval recorded
 * in the file, the draft says `draft` until publishing records it.
 */
export function asMerged(
  frontMatter: FrontMatter,
  recordInFile: boolean,
): FrontMatter {
  return recordInFile
    ? frontMatter
    : { ...frontMatter, status: "published", approval: MERGE_COMMIT_APPROVAL };
}

/**
 * The task's own draft as it stands on its branch, for numbering the next
 * version: "published once merged" is not published yet, so a redraft bumps
 * the minor version, not the major.
 */
export function asUnpublished(file: SopFile): SopFile {
  return file.frontMatter.approval === MERGE_COMMIT_APPROVAL
    ? {
        ...file,
        frontMatter: { ...file.frontMatter, status: "draft", approval: null },
      }
    : file;
}
