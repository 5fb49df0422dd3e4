import type { ProbotOctokit } from "probot";
import { trimEnd } from "../../core/capture/trim-end.js";
import {
  readCatalogEntry,
  type CatalogEntry,
} from "../../core/catalog/catalog-entry.js";
import { readCatalog } from "../../core/catalog/read-catalog.js";
import type { Config } from "../../core/config/config-schema.js";
import {
  REVIEW_LABEL,
  reviewIssue,
  reviewKeyOf,
} from "../../core/review/review-issue.js";
import { selectReviewDue } from "../../core/review/select-review-due.js";
import { isRetired } from "../../core/catalog/is-retired.js";
import { isIsoDate } from "../../core/sop/iso-date.js";
import type { Logger } from "../../core/workflow/run-context.js";
import { attempt, statusOf } from "./github-error.js";
import { scanRuns, type RunScanResult } from "./runs/scan-runs.js";
import type { RepoRef } from "./forge-state.js";

export interface ReviewScanResult {
  /** SOPs found on the docs branch. */
  sops: number;
  /** Of them, the ones due within the window. */
  due: number;
  /** Those SOPs, soonest first: what a caller that schedules more than reviews builds on. */
  dueSops: CatalogEntry[];
  /** Issue numbers opened by this run. */
  opened: number[];
  /** Due SOPs that already had their open review issue. */
  alreadyOpen: number;
  /** Review issues closed because their SOP needs that review no more (revised, confirmed or retired since). */
  closed: number[];
  /** SOP files read one by one because the catalog did not list them. */
  filesRead: number;
  /** Scheduled runs opened and runs reminded (see scanRuns). */
  runs?: RunScanResult;
}

/** SOP files read at once when the catalog misses some. */
const READ_CONCURRENCY = 8;

/**
 * The scheduled review scan on GitHub: read the docs branch's tree once,
 * take each SOP's front matter from the catalog (reading only the SOP files
 * it does not list), and open one "Review due" issue per due SOP that has
 * none open for the same due date; a review issue whose SOP was revised,
 * confirmed or retired since is closed. Requests: 1 tree + 1 catalog +
 * files missing from the catalog + 1 per 100 open review issues + 1 per
 * issue opened + 2 per review issue closed.
 */
export async function scanReviewDue(input: {
  octokit: ProbotOctokit;
  docs: RepoRef;
  /** The docs branch (the repository's default branch). */
  ref: string;
  /** A web link to the docs repository, for links to the SOP files. */
  htmlUrl: string;
  config: Config;
  today: string;
  /** The moment of the scan (ISO), for scheduled runs; default: now. */
  now?: string;
  log: Logger;
}): Promise<ReviewScanResult> {
  const { octokit, docs, config } = input;
  const where = `${docs.owner}/${docs.repo}`;
  const { data: tree } = await attempt(`read the tree of ${where}`, () =>
    octokit.rest.git.getTree({ ...docs, tree_sha: input.ref, recursive: "1" }),
  );
  if (tree.truncated)
    input.log.warn(
      `The tree of ${where} is too large to read at once: SOPs beyond it are not scanned`,
    );
  const folder = `${trimEnd(config.docs_folder, "/")}/`;
  const blobs = tree.tree.filter(
    (e) => e.type === "blob" && typeof e.path === "string" && e.sha,
  ) as { path: string; sha: string }[];
  const sopBlobs = blobs.filter(
    (e) =>
      e.path.startsWith(folder) &&
      e.path.toLowerCase().endsWith(".md") &&
      e.path !== config.catalog_path,
  );
  const catalogBlob = blobs.find((e) => e.path === config.catalog_path);
  const readBlob = (sha: string, path: string) =>
    attempt(`read ${path} in ${where}`, async () => {
      const { data } = await octokit.rest.git.getBlob({
        ...docs,
        file_sha: sha,
      });
      return Buffer.from(data.content, "base64").toString("utf8");
    });
  const listed = new Map(
    (catalogBlob
      ? readCatalog({
          markdown: await readBlob(catalogBlob.sha, catalogBlob.path),
          catalogPath: config.catalog_path,
        })
      : []
    ).map((entry) => [entry.path, entry]),
  );
  const unlisted = sopBlobs.filter((blob) => !listed.has(blob.path));
  const read = await inBatches(unlisted, READ_CONCURRENCY, async (blob) =>
    readCatalogEntry({
      path: blob.path,
      markdown: await readBlob(blob.sha, blob.path),
    }),
  );
  const entries: CatalogEntry[] = [
    ...sopBlobs.flatMap((blob) => listed.get(blob.path) ?? []),
    ...read.filter((entry) => entry !== null),
  ];
  const due = selectReviewDue({
    entries,
    today: input.today,
    windowDays: config.review_window_days,
  });
  const result: ReviewScanResult = {
    sops: entries.length,
    due: due.length,
    dueSops: due,
    opened: [],
    alreadyOpen: 0,
    closed: [],
    filesRead: unlisted.length,
  };
  result.runs = await scanRuns({
    ...input,
    now: new Date(input.now ?? Date.now()),
    entries,
    sops: sopBlobs,
    readBlob,
  });
  const open = await attempt(`list the open review issues of ${where}`, () =>
    octokit.paginate(octokit.rest.issues.listForRepo, {
      ...docs,
      labels: REVIEW_LABEL,
      state: "open",
      per_page: 100,
    }),
  );
  // Only issues an app or bot opened count: anyone else's look-alike must not silence a review.
  const reviews = open.flatMap((issue) => {
    const key = issue.user?.type === "Bot" ? reviewKeyOf(issue.body) : null;
    return key ? [{ number: issue.number, key }] : [];
  });
  const keys = new Set(reviews.map(({ key }) => `${key.path}\n${key.due}`));
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  for (const review of reviews) {
    const sop = byPath.get(review.key.path);
    if (!sop || !needsNoReview(sop, review.key.due)) continue;
    await closeReview(octokit, docs, { number: review.number, sop });
    result.closed.push(review.number);
  }
  for (const sop of due) {
    if (keys.has(`${sop.path}\n${sop.reviewDue}`)) {
      result.alreadyOpen++;
      continue;
    }
    const issue = reviewIssue({
      sop,
      link: `${input.htmlUrl}/blob/${encodeURIComponent(input.ref)}/${sop.path.split("/").map(encodeURIComponent).join("/")}`,
    });
    const number = await openIssue(octokit, docs, issue);
    input.log.info(
      { sop: sop.path, due: sop.reviewDue, issue: number },
      `opened review issue #${number} for ${sop.path}`,
    );
    result.opened.push(number);
  }
  return result;
}

/** An SOP revised, confirmed or retired since its review issue opened: its due date moved on, or it is retired. */
function needsNoReview(sop: CatalogEntry, due: string): boolean {
  return (
    isRetired(sop.status) || (isIsoDate(sop.reviewDue) && sop.reviewDue > due)
  );
}

/** Close the review issue with a note saying why: nobody is asked to review what was just reviewed. */
async function closeReview(
  octokit: ProbotOctokit,
  docs: RepoRef,
  at: { number: number; sop: CatalogEntry },
): Promise<void> {
  const issue = { ...docs, issue_number: at.number };
  const why = isRetired(at.sop.status)
    ? "the SOP was retired since"
    : `the SOP was revised or confirmed since; its next review is due on ${at.sop.reviewDue}`;
  await attempt(`close review issue #${at.number}`, async () => {
    await octokit.rest.issues.createComment({
      ...issue,
      body: `Closed by the review scan: ${why}.`,
    });
    await octokit.rest.issues.update({
      ...issue,
      state: "closed",
      state_reason: "completed",
    });
  });
}

/** Opens the issue; when GitHub refuses the assignee (not assignable here), opens it unassigned. */
async function openIssue(
  octokit: ProbotOctokit,
  docs: RepoRef,
  issue: ReturnType<typeof reviewIssue>,
): Promise<number> {
  const create = (assignees: string[]) =>
    octokit.rest.issues.create({
      ...docs,
      title: issue.title,
      body: issue.body,
      labels: issue.labels,
      ...(assignees.length > 0 ? { assignees } : {}),
    });
  return attempt(`open "${issue.title}"`, async () => {
    const { data } = await create(issue.assignees).catch((error: unknown) => {
      if (statusOf(error) !== 422 || issue.assignees.length === 0) throw error;
      return create([]);
    });
    return data.number;
  });
}

async function inBatches<T, R>(
  items: T[],
  size: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size)
    results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}
