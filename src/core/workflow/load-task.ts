import type { Forge, TaskSnapshot } from "../ports/forge.js";
import { DraftDataSchema, readData } from "./task-data.js";
import { buildTaskView } from "./task-view.js";

/**
 * Read the whole task through the forge: the issue with its comments, then
 * the pull request the current cycle's draft note names (none before the
 * first draft). Which pull request belongs to the task is the workflow's
 * call, not the forge's.
 */
export async function loadTask(forge: Forge): Promise<TaskSnapshot> {
  const issue = await forge.loadIssue();
  const number = pullOfTask(issue);
  return {
    ...issue,
    pull: number === null ? null : await forge.loadPull(number),
  };
}

/** The pull request the task's latest draft note records, if any. */
export function pullOfTask(issue: TaskSnapshot): number | null {
  const view = buildTaskView({ ...issue, pull: null });
  return readData(DraftDataSchema, view.latest.draft)?.pull ?? null;
}
