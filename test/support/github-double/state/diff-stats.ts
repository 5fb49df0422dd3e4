import type { RepoRecord } from "./records.js";

function ancestors(repo: RepoRecord, sha: string): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  const queue = [sha];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    order.push(next);
    queue.push(...(repo.commits.get(next)?.parents ?? []));
  }
  return order;
}

/** The nearest commit both sides share (git merge-base), or undefined for unrelated histories. */
export function mergeBase(
  repo: RepoRecord,
  input: { base: string; head: string },
): string | undefined {
  const inBase = new Set(ancestors(repo, input.base));
  return ancestors(repo, input.head).find((sha) => inBase.has(sha));
}

function lines(text: string | undefined): string[] {
  return text === undefined || text === ""
    ? []
    : text.replace(/\n$/, "").split("\n");
}

/** What a pull request from `head` into `base` holds, as GitHub's three-dot diff: commits ahead, changed files, naive line counts. */
export function diffStats(
  repo: RepoRecord,
  input: { base: string; head: string },
) {
  const inBase = new Set(ancestors(repo, input.base));
  const commits = ancestors(repo, input.head).filter(
    (sha) => !inBase.has(sha),
  ).length;
  const from = mergeBase(repo, input);
  const before =
    (from && repo.commits.get(from)?.files) || new Map<string, string>();
  const after =
    repo.commits.get(input.head)?.files ?? new Map<string, string>();
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (path) => before.get(path) !== after.get(path),
  );
  let additions = 0;
  let deletions = 0;
  for (const path of changed) {
    const old = lines(before.get(path));
    const now = lines(after.get(path));
    additions += now.filter((line) => !old.includes(line)).length;
    deletions += old.filter((line) => !now.includes(line)).length;
  }
  return {
    commits,
    changedFiles: changed.length,
    additions,
    deletions,
    changed,
    mergeBase: from,
  };
}
