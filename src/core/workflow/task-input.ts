import type { ListedNote } from "../notes/list-notes.js";

/**
 * What a note was made from, as its header's `inputs` list spells it: a
 * comment, a review, the capture a draft read, the commit a walkthrough
 * walked… A later run reads these back to know what is already handled.
 */
export type TaskInput =
  | { kind: "request"; hash: string }
  | { kind: "comment"; id: string }
  | { kind: "review"; id: string }
  | { kind: "review-comment"; id: string }
  | { kind: "capture"; revision: number }
  | { kind: "capture-hash"; hash: string }
  | { kind: "draft"; revision: number }
  | { kind: "sha"; sha: string }
  | { kind: "merge"; sha: string }
  | { kind: "failed"; step: string }
  | { kind: "pull-closed"; pull: number }
  | { kind: "issue-closed" };

/** The one spelling of each input id. */
export const inputId = {
  /** The request (issue title and body) by its content hash. */
  request: (hash: string) => `request:${hash}`,
  comment: (id: string) => `comment:${id}`,
  review: (id: string) => `review:${id}`,
  reviewComment: (id: string) => `review-comment:${id}`,
  /** The capture note a draft was made from, by revision (0: none). */
  capture: (revision: number) => `capture:${revision}`,
  captureHash: (hash: string) => `capture-hash:${hash}`,
  draft: (revision: number) => `draft:${revision}`,
  /** The commit a walkthrough walked. */
  sha: (sha: string) => `sha:${sha}`,
  merge: (sha: string) => `merge:${sha}`,
  failed: (step: string) => `failed:${step}`,
  pullClosed: (pull: number) => `pull-closed:${pull}`,
  issueClosed: () => "issue-closed",
} as const;

/** Read an input id back; null for an id this version does not know (it still counts as consumed). */
export function parseInput(id: string): TaskInput | null {
  if (id === "issue-closed") return { kind: "issue-closed" };
  const colon = id.indexOf(":");
  if (colon < 1) return null;
  const prefix = id.slice(0, colon);
  const value = id.slice(colon + 1);
  switch (prefix) {
    case "request":
      return { kind: "request", hash: value };
    case "comment":
    case "review":
    case "review-comment":
      return { kind: prefix, id: value };
    case "capture":
    case "draft":
      return /^\d+$/.test(value)
        ? { kind: prefix, revision: Number(value) }
        : null;
    case "capture-hash":
      return { kind: "capture-hash", hash: value };
    case "sha":
    case "merge":
      return { kind: prefix, sha: value };
    case "failed":
      return { kind: "failed", step: value };
    case "pull-closed":
      return /^\d+$/.test(value)
        ? { kind: "pull-closed", pull: Number(value) }
        : null;
    default:
      return null;
  }
}

/** The first input of `kind` among a note's inputs. */
export function findInput<K extends TaskInput["kind"]>(
  inputs: readonly string[],
  kind: K,
): Extract<TaskInput, { kind: K }> | undefined {
  for (const id of inputs) {
    const input = parseInput(id);
    if (input?.kind === kind) return input as Extract<TaskInput, { kind: K }>;
  }
  return undefined;
}

/**
 * A draft's inputs that name the capture it was made from: its revision and
 * its content hash (two handlers of one task at once may each post a capture
 * of the same revision).
 */
export function captureInputs(capture: ListedNote | undefined): string[] {
  return capture
    ? [
        inputId.capture(capture.header.revision),
        inputId.captureHash(capture.header.hash),
      ]
    : [inputId.capture(0)];
}
