import { createHash } from "node:crypto";
import { decodeNoteParts } from "../../../src/core/notes/decode-note-parts.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";

const BOT = "sopflow[bot]";
const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g;

/**
 * Names every commit by what it is (message and files) instead of its SHA, and
 * drops times: a run whose clock moved on (a retried read, a fresh token)
 * compares equal to one that did not, while any different write does not.
 */
function normaliser(double: GitHubDouble): (text: string) => string {
  const files = (c: { files: Map<string, string> }) =>
    [...c.files]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, text]) => `${path}\0${text.replace(TIME, "<time>")}`)
      .join("\0");
  const names = [...double.repo.commits.values()].map((c) => ({
    sha: c.sha,
    name: `<${c.message.split("\n")[0]} | files ${createHash("sha1").update(files(c)).digest("hex").slice(0, 7)}>`,
  }));
  return (text) => {
    let out = text.replace(TIME, "<time>");
    for (const { sha, name } of names)
      out = out.replaceAll(sha, name).replaceAll(sha.slice(0, 7), name);
    return out;
  };
}

/** What a task left on GitHub, comparable between two runs of the same lifecycle. */
export function taskOutcome(double: GitHubDouble, task = 1) {
  const norm = normaliser(double);
  const issue = double.issue(task);
  const pulls = [...double.repo.issues.values()].filter((i) => i.pull);
  return {
    comments: (issue?.comments ?? []).map(
      (c) => `${c.author}: ${norm(c.body)}`,
    ),
    labels: issue?.labels,
    issue: `${issue?.state}/${issue?.stateReason}`,
    pulls: pulls.map((p) => ({
      number: p.number,
      state: p.state,
      merged: p.pull?.merged,
      mergedBy: p.pull?.mergedBy,
      head: norm(p.pull?.headSha ?? ""),
      reviewers: p.pull?.requestedReviewers,
    })),
    refs: [...double.repo.refs]
      .map(([ref, sha]) => `${ref} → ${norm(sha)}`)
      .sort(),
    commits: [...double.repo.commits.values()].map((c) => norm(c.sha)).sort(),
    checkRuns: double.repo.checkRuns.map(
      (r) =>
        `${r.name} on ${norm(r.headSha)}: ${r.conclusion} (${r.output.annotations.length} annotations)`,
    ),
  };
}

export type TaskOutcome = ReturnType<typeof taskOutcome>;

/**
 * Everything on GitHub that exists twice where the workflow means it once:
 * a note part (same step, revision and part in one cycle of the task — a
 * reopened task starts a new cycle), two versions of one note, a second
 * live (open or merged) pull request from the task's branch, a second
 * walkthrough check on one commit, a second merge of the task.
 */
export function duplicatesIn(double: GitHubDouble, task = 1): string[] {
  const found: string[] = [];
  const parts = new Map<string, Set<string>>();
  let cycle = 1;
  for (const comment of double.issue(task)?.comments ?? []) {
    if (comment.author !== BOT) continue;
    for (const part of decodeNoteParts(comment.body)) {
      const { step, revision, part: i, hash } = part.header;
      const key = `${step} note revision ${revision} part ${i}${cycle > 1 ? ` (cycle ${cycle})` : ""}`;
      if (step === "cancel") cycle += 1;
      const hashes = parts.get(key) ?? new Set<string>();
      if (hashes.has(hash)) found.push(`${key} posted twice`);
      else if (hashes.size > 0)
        found.push(`${key} posted again with other content`);
      hashes.add(hash);
      parts.set(key, hashes);
    }
  }
  const pulls = [...double.repo.issues.values()].filter(
    (i) =>
      i.pull?.head.startsWith(`sopflow/${task}-`) &&
      (i.state === "open" || i.pull.merged),
  );
  if (pulls.length > 1)
    found.push(
      `${pulls.length} open or merged pull requests for task #${task}`,
    );
  const checks = new Map<string, number>();
  for (const run of double.repo.checkRuns)
    checks.set(
      `${run.name}@${run.headSha}`,
      (checks.get(`${run.name}@${run.headSha}`) ?? 0) + 1,
    );
  for (const [key, count] of checks)
    if (count > 1)
      found.push(`${count} check runs ${key.replace("@", " on ")}`);
  const merges = double.calls.filter(
    (c) => c.operationId === "pulls/merge" && c.status === 200,
  ).length;
  if (merges > 1) found.push(`${merges} merges`);
  return found;
}

/** The differences between two outcomes, one line each (empty when equal); lists show their first differing item. */
export function outcomeDiff(
  expected: TaskOutcome,
  actual: TaskOutcome,
): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(expected) as (keyof TaskOutcome)[]) {
    const [want, got] = [expected[key], actual[key]];
    if (JSON.stringify(want) === JSON.stringify(got)) continue;
    if (Array.isArray(want) && Array.isArray(got)) {
      const at = want.findIndex(
        (item, i) => JSON.stringify(item) !== JSON.stringify(got[i]),
      );
      const i = at < 0 ? want.length : at;
      const [a, b] = [JSON.stringify(want[i]), JSON.stringify(got[i])];
      lines.push(
        `${key} (${want.length} expected, ${got.length} found) differ at #${i + 1}: ${a !== undefined && b !== undefined ? firstDifference(a, b) : `expected ${clip(a)}, got ${clip(b)}`}`,
      );
    } else {
      lines.push(
        `${key}: expected ${clip(JSON.stringify(want))}, got ${clip(JSON.stringify(got))}`,
      );
    }
  }
  return lines;
}

function clip(text: string | undefined): string {
  if (text === undefined) return "nothing";
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Where two texts part, with a little of each from there. */
export function firstDifference(expected: string, actual: string): string {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at += 1;
  return `at character ${at}: expected …${expected.slice(Math.max(0, at - 40), at + 160)}…, got …${actual.slice(Math.max(0, at - 40), at + 160)}…`;
}
