import { trimEnd } from "../capture/trim-end.js";
import { reviewKeyOf } from "../review/review-issue.js";
import type { TaskSnapshot } from "../ports/forge.js";
import type { CommandComment } from "../workflow/task-view.js";
import type { LifecycleKind } from "./lifecycle-data.js";
import { readReviseForm } from "./revise-form.js";

/** A published SOP someone asked to revise, confirm or retire, and where the ask came from. */
export interface LifecycleRequest {
  kind: LifecycleKind;
  /** A path under the docs folder or an SOP id (resolved through the catalog). */
  target: string;
  text: string;
  replacedBy: string | null;
  requester: string;
  /** The input id the capture note consumes ("comment:…" or "request:…"). */
  input: string;
}

/**
 * The lifecycle request a task holds now, if any: a `/sop revise`,
 * `/sop confirm` or `/sop retire` comment after the task's publish note (the
 * published file is the target) or on a "Review due" issue (its marker names
 * the file), or else a "Revise an SOP" issue form. Commands already taken up
 * (consumed) are skipped; the earliest pending one wins.
 */
export function findLifecycleRequest(input: {
  snapshot: TaskSnapshot;
  commands: CommandComment[];
  consumed: ReadonlySet<string>;
  /** The newest publish note's path and position, when the task published an SOP. */
  published: { path: string; index: number } | null;
  requestInput: string;
}): LifecycleRequest | null {
  const { snapshot, published } = input;
  const reviewed = reviewKeyOf(snapshot.body);
  const target = published?.path ?? reviewed?.path ?? null;
  for (const { comment, command, index } of input.commands) {
    const id = `comment:${comment.id}`;
    if (input.consumed.has(id) || target === null) continue;
    if (published && index < published.index) continue;
    if (
      command.name !== "revise" &&
      command.name !== "confirm" &&
      command.name !== "retire"
    )
      continue;
    const words = command.text ?? "";
    const retire = command.name === "retire" ? splitRetire(words) : null;
    return {
      kind: command.name,
      target,
      text: retire ? retire.reason : command.name === "confirm" ? "" : words,
      replacedBy: retire?.replacedBy ?? null,
      requester: comment.author,
      input: id,
    };
  }
  if (published || reviewed) return null;
  const form = readReviseForm(snapshot.body);
  return form && !input.consumed.has(input.requestInput)
    ? {
        kind: "revise",
        target: form.sop,
        text: form.change,
        replacedBy: null,
        requester: snapshot.author,
        input: input.requestInput,
      }
    : null;
}

/** Whether the task is about a published SOP rather than a new one (a review issue waits for a command). */
export function isLifecycleTask(input: { snapshot: TaskSnapshot }): boolean {
  return (
    reviewKeyOf(input.snapshot.body) !== null ||
    readReviseForm(input.snapshot.body) !== null
  );
}

/** "<reason> replaced by <id>": the reason and the replacement's id. */
export function splitRetire(words: string): {
  reason: string;
  replacedBy: string | null;
} {
  // The last "replaced by": the reason may say the words too.
  const match = [
    ...words.matchAll(/(?:^|[\s,;(])replaced by:? {0,3}`?([\w.-]{1,100})`?/gi),
  ].at(-1);
  if (!match) return { reason: words, replacedBy: null };
  const reason = trimEnd(
    words.slice(0, match.index) + words.slice(match.index + match[0].length),
    " \t\n,;(",
  ).trim();
  return { reason, replacedBy: match[1] ?? null };
}
