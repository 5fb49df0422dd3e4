import { hashText } from "../notes/hash-text.js";
import {
  findLifecycleRequest,
  type LifecycleRequest,
} from "../revise/lifecycle-request.js";
import { sameName } from "../same-name.js";
import type { Action } from "./action.js";
import { roleWrites } from "./approval-policy.js";
import type { DecideInput } from "./decide-input.js";
import { PublishDataSchema, readData } from "./task-data.js";
import { inputId } from "./task-input.js";
import type { TaskView } from "./task-view.js";

/** What each command needs after its word. */
const NEEDS_TEXT = {
  revise:
    "`/sop revise <what changed and why>`, e.g. `/sop revise Replace step 2: Lock the cabinet with the blue key`",
  retire: "`/sop retire <reason>`, optionally ending `replaced by <id>`",
} as const;

/**
 * A published SOP asked to change: `/sop revise`, `/sop confirm` or
 * `/sop retire` after the task's publish note or on a "Review due" issue, or
 * a "Revise an SOP" issue. From the requester of the task or someone with
 * write access, it starts a new cycle with a capture of the published file;
 * from anyone else, or without the words it needs, it gets a reply.
 */
export function decideLifecycle(input: DecideInput): Action | null {
  const request = lifecycleRequest(input.view);
  if (!request) return null;
  const { view } = input;
  const inputs = [request.input];
  if (!mayAsk(input, request))
    return {
      kind: "reply",
      body: `@${request.requester}: only the person who asked for this SOP or someone with write access can use \`/sop ${request.kind}\`, so nothing changed.`,
      inputs,
    };
  if (request.kind !== "confirm" && request.text === "")
    return {
      kind: "reply",
      body: `Say what to ${request.kind === "revise" ? "change, and why" : "retire it for"}: ${NEEDS_TEXT[request.kind]}.`,
      inputs,
    };
  return {
    kind: "capture",
    revision: (view.latest.capture?.header.revision ?? 0) + 1,
    answers: [],
    inputs,
    lifecycle: request,
  };
}

/** The pending lifecycle request of the task as it stands, if any. */
export function lifecycleRequest(view: TaskView): LifecycleRequest | null {
  const note = view.latest.publish;
  const data = readData(PublishDataSchema, note);
  const { snapshot } = view;
  return findLifecycleRequest({
    snapshot,
    commands: view.commands,
    consumed: view.consumed,
    published: note && data ? { path: data.path, index: note.index } : null,
    requestInput: inputId.request(
      hashText(`${snapshot.title}\n${snapshot.body}`),
    ),
  });
}

/** Whose role the lifecycle request needs (a commenter other than the requester). */
export function lifecycleAskers(view: TaskView): string[] {
  const request = lifecycleRequest(view);
  return request &&
    request.input.startsWith("comment:") &&
    !sameName(request.requester, view.snapshot.author)
    ? [request.requester]
    : [];
}

function mayAsk(input: DecideInput, request: LifecycleRequest): boolean {
  // A "Revise an SOP" issue is its author's request, as a new SOP request is; a review issue's author is the app, so there only write access counts.
  if (!request.input.startsWith("comment:")) return true;
  const role = input.roles.get(request.requester);
  return (
    sameName(request.requester, input.view.snapshot.author) ||
    (role !== undefined && roleWrites(role))
  );
}
