import type { RunSummary } from "../catalog/run-summary.js";
import { runKeyOf } from "./run-marker.js";

/** A run issue as the issue listing shows it. */
export interface RunIssue {
  body: string | null | undefined;
  createdAt: string;
  url: string;
}

/**
 * Each SOP's runs by its path, for the catalog: how many, and the latest
 * one opened. Informational: any issue labelled as a run with a run's
 * marker counts, as a person may open a run from the form.
 */
export function summariseRuns(issues: RunIssue[]): Map<string, RunSummary> {
  const byPath = new Map<string, RunSummary>();
  for (const issue of issues) {
    const key = runKeyOf(issue.body);
    if (key === null) continue;
    const on = issue.createdAt.slice(0, 10);
    const held = byPath.get(key.path);
    byPath.set(key.path, {
      count: (held?.count ?? 0) + 1,
      last:
        held === undefined || held.last.on < on
          ? { on, url: issue.url }
          : held.last,
    });
  }
  return byPath;
}
