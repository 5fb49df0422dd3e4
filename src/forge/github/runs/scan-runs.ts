import type { ProbotOctokit } from "probot";
import {
  buildChecklist,
  RUN_LABEL,
} from "../../../core/checklist/build-checklist.js";
import { readCheckboxes } from "../../../core/checklist/read-checkboxes.js";
import {
  reminderBody,
  REMINDED_LABEL,
} from "../../../core/checklist/reminder-body.js";
import { runKeyOf } from "../../../core/checklist/run-marker.js";
import { isRetired } from "../../../core/catalog/is-retired.js";
import type { Config } from "../../../core/config/config-schema.js";
import { parseCron } from "../../../core/schedule/parse-cron.js";
import { schedulePeriod } from "../../../core/schedule/schedule-period.js";
import { parseSop } from "../../../core/sop/parse-sop.js";
import type { CatalogEntry } from "../../../core/catalog/catalog-entry.js";
import type { Logger } from "../../../core/workflow/run-context.js";
import { attempt } from "../github-error.js";
import type { RepoRef } from "../forge-state.js";

export interface RunScanResult {
  /** SOPs with a `schedule:` whose latest period is within the lookback. */
  scheduled: number;
  /** Run issues opened by this scan. */
  opened: number[];
  /** Scheduled SOPs whose run for the period exists already. */
  alreadyOpened: number;
  /** Runs reminded by this scan. */
  reminded: number[];
}

// A GitHub login: letters, digits and single inner dashes, at most 39 characters.
const LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/**
 * The scheduled half of runs, on the review scan's timer: open the run of
 * every SOP whose `schedule:` (cron, UTC) named a period with no run yet
 * (one run per SOP and period, however often the scan runs), and remind
 * once each open run left with unticked boxes for `run_reminder_hours`.
 * Schedules come from the catalog's Schedule column (or the files it
 * misses), so no file is read to find them. Requests: 1 per 100 open runs
 * + (when a period is due) 1 per 100 runs since it + 1 branch + 2 per run
 * opened (its file, the issue) + 2 per reminder.
 */
export async function scanRuns(input: {
  octokit: ProbotOctokit;
  docs: RepoRef;
  ref: string;
  htmlUrl: string;
  config: Config;
  now: Date;
  /** The SOPs with their front matter (the catalog's rows, or read from the files it misses). */
  entries: CatalogEntry[];
  /** The SOP files of the docs branch's tree. */
  sops: { path: string; sha: string }[];
  readBlob: (sha: string, path: string) => Promise<string>;
  log: Logger;
}): Promise<RunScanResult> {
  const { octokit, docs, now } = input;
  const where = `${docs.owner}/${docs.repo}`;
  const result: RunScanResult = {
    scheduled: 0,
    opened: [],
    alreadyOpened: 0,
    reminded: [],
  };
  const sha = new Map(input.sops.map((b) => [b.path, b.sha]));
  const periods = input.entries.flatMap((entry) => {
    if (
      entry.schedule === undefined ||
      isRetired(entry.status) ||
      !sha.has(entry.path)
    )
      return [];
    try {
      const period = schedulePeriod(parseCron(entry.schedule), now);
      return period === null ? [] : [{ path: entry.path, period }];
    } catch (error) {
      input.log.warn(
        { sop: entry.path },
        `${entry.path}: ${(error as Error).message}; no scheduled run`,
      );
      return [];
    }
  });
  const due = periods;
  result.scheduled = due.length;
  const list = (extra: { state: "open" | "all"; since?: string }) =>
    attempt(`list the runs of ${where}`, () =>
      octokit.paginate(octokit.rest.issues.listForRepo, {
        ...docs,
        labels: RUN_LABEL,
        per_page: 100,
        ...extra,
      }),
    );
  const open = await list({ state: "open" });
  if (due.length > 0) {
    const since = due.map((d) => d.period).sort()[0]!;
    const runs = await list({ state: "all", since: `${since}:00Z` });
    // Only runs an app or bot opened count: anyone's look-alike must not silence a scheduled run.
    const made = new Set(
      runs
        .filter((issue) => issue.user?.type === "Bot")
        .map((issue) => runKeyOf(issue.body))
        .filter((key) => key?.period != null)
        .map((key) => `${key!.path}\n${key!.period}`),
    );
    const todo = due.filter((d) => !made.has(`${d.path}\n${d.period}`));
    result.alreadyOpened = due.length - todo.length;
    if (todo.length > 0) {
      const { data: branch } = await attempt(
        `read the branch ${input.ref} of ${where}`,
        () => octokit.rest.repos.getBranch({ ...docs, branch: input.ref }),
      );
      for (const d of todo) {
        // Only the SOPs whose run is due are read, at the commit the run links.
        const sop = parseSop(await input.readBlob(sha.get(d.path)!, d.path));
        const checklist = buildChecklist({
          sop,
          path: d.path,
          commit: branch.commit.sha,
          link: `${input.htmlUrl}/blob/${branch.commit.sha}/${d.path.split("/").map(encodeURIComponent).join("/")}`,
          period: d.period,
        });
        const owner = String(sop.frontMatter.data?.["owner"] ?? "").replace(
          /^@/,
          "",
        );
        const { data } = await attempt(
          `open the scheduled run of ${d.path}`,
          () =>
            octokit.rest.issues.create({
              ...docs,
              title: checklist.title,
              body: checklist.body,
              labels: checklist.labels,
              ...(LOGIN.test(owner) ? { assignees: [owner] } : {}),
            }),
        );
        input.log.info(
          { sop: d.path, period: d.period, issue: data.number },
          `opened scheduled run #${data.number} of ${d.path}`,
        );
        result.opened.push(data.number);
      }
    }
  }
  const hours = input.config.run_reminder_hours;
  for (const issue of open) {
    const boxes = readCheckboxes(issue.body ?? "");
    const late =
      now.getTime() - Date.parse(issue.created_at) >= hours * 3_600_000;
    const reminded = issue.labels.some(
      (l) => (typeof l === "string" ? l : l.name) === REMINDED_LABEL,
    );
    if (
      !late ||
      reminded ||
      runKeyOf(issue.body) === null ||
      boxes.every((b) => b.checked)
    )
      continue;
    const people = (issue.assignees ?? []).map((a) => a.login);
    if (people.length === 0 && issue.user && issue.user.type !== "Bot")
      people.push(issue.user.login);
    // The label first: a failure after it leaves a run unreminded, never reminded twice.
    await attempt(`remind run #${issue.number}`, async () => {
      await octokit.rest.issues.addLabels({
        ...docs,
        issue_number: issue.number,
        labels: [REMINDED_LABEL],
      });
      await octokit.rest.issues.createComment({
        ...docs,
        issue_number: issue.number,
        body: reminderBody({ people, boxes, hours }),
      });
    });
    result.reminded.push(issue.number);
  }
  return result;
}
