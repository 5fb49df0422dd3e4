import { ConfigSchema } from "../config/config-schema.js";
import type { ListedNote } from "../notes/list-notes.js";
import type { PullSnapshot } from "../ports/forge.js";
import { DraftDataSchema, PublishDataSchema } from "./task-data.js";

/** The task's branch: `sopflow/<issue>-<slug>`, the issue without leading zeros. */
const SOP_BRANCH = /^sopflow\/([1-9]\d*)-([a-z\d]+(?:-[a-z\d]+)*)$/;
const DOCS_FOLDER = ConfigSchema.shape.docs_folder;
const LIFECYCLE_TAG =
  /^([a-z\d]+(?:-[a-z\d]+)*)-(?:revise|confirm|retire)-[1-9]\d{0,5}$/;

/**
 * Notes are state, not authority: what a draft note says about where the
 * SOP lives is checked before anything is read or written there. The branch
 * is this task's `sopflow/<issue>-<slug>` and never the base branch; the path
 * is `<docs folder>/<slug>.md` with the branch's slug, under a folder the
 * config would accept. Null when the note holds to that, else the problem.
 */
export function draftNoteProblem(
  note: ListedNote,
  task: { number: number; baseBranch: string },
): string | null {
  const parsed = DraftDataSchema.safeParse(note.data);
  if (!parsed.success) return "its data does not have the draft note's shape";
  const { branch, path } = parsed.data;
  const named = SOP_BRANCH.exec(branch);
  if (!named || Number(named[1]) !== task.number || branch === task.baseBranch)
    return `branch "${branch}" is not sopflow/${task.number}-<slug>`;
  const slug = named[2] ?? "";
  // A revision, confirmation or retirement has a branch of its own: the SOP's slug and the cycle's tag.
  const slugs = [slug, LIFECYCLE_TAG.exec(slug)?.[1]];
  const folder = path.slice(0, path.lastIndexOf("/"));
  if (
    !slugs.some((s) => s !== undefined && path === `${folder}/${s}.md`) ||
    !DOCS_FOLDER.safeParse(folder).success
  )
    return `path "${path}" is not <docs folder>/${slug}.md`;
  return null;
}

/**
 * A publish note stands only for a merge GitHub shows: the task's pull
 * request merged with the very commit the note names. Null when it does.
 */
export function publishNoteProblem(
  note: ListedNote,
  pull: PullSnapshot | null,
): string | null {
  const parsed = PublishDataSchema.safeParse(note.data);
  if (!parsed.success) return "its data does not have the publish note's shape";
  const { mergeSha } = parsed.data;
  return pull?.state === "merged" && pull.mergeSha === mergeSha
    ? null
    : `the pull request is not merged as ${mergeSha.slice(0, 7)}`;
}
