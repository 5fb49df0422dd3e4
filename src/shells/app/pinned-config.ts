import type { Config } from "../../core/config/config-schema.js";
import { listNotes } from "../../core/notes/list-notes.js";
import type { TaskComment } from "../../core/ports/forge.js";
import { parseCommand } from "../../core/workflow/parse-command.js";
import { PinnedDataSchema, readData } from "../../core/workflow/task-data.js";

/**
 * Events that (re)start a task, and `/sop retry`, read `.github/sopflow.yml`
 * afresh; the rest of a task runs with the settings its newest step note
 * recorded, so a step between them costs no config request.
 */
export function readsConfigAfresh(input: {
  event: string;
  payload: unknown;
}): boolean {
  if (input.event.startsWith("pull_request")) return false;
  if (input.event !== "issue_comment.created") return true;
  const body = (input.payload as { comment?: { body?: unknown } } | null)
    ?.comment?.body;
  return typeof body === "string" && parseCommand(body)?.name === "retry";
}

/**
 * The settings the task's newest step note pinned, or null when none did.
 * Notes are state, not authority: when the task's notes disagree on a
 * setting that decides who may approve or publish, where the task's data and
 * a model key may go, or how much a task may spend (a forged note, or the
 * file changed on a running task), the file is read instead.
 */
export function pinnedConfig(comments: TaskComment[]): Config | null {
  const pins = listNotes(comments).flatMap((note) => {
    const config = readData(PinnedDataSchema, note)?.config;
    return config ? [config] : [];
  });
  const guarded = new Set(pins.map(guardedSettings));
  return guarded.size === 1 ? (pins.at(-1) ?? null) : null;
}

function guardedSettings(config: Config): string {
  const {
    approvers,
    require_independent_approver,
    docs_repository,
    model,
    model_command_limit,
  } = config;
  return JSON.stringify({
    approvers,
    require_independent_approver,
    docs_repository,
    model,
    model_command_limit,
  });
}
