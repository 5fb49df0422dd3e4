import type { GitHubDouble } from "../../support/github-double/github-double.js";
import type { Fetch } from "./fresh-probot.js";

/** Where a run's process dies: at its `at`-th GitHub write, before the write reaches GitHub or right after it lands. */
export interface CrashPlan {
  at: number;
  when: "before" | "after";
}

/** The process died: nothing it does afterwards reaches GitHub. */
class ProcessDied extends Error {
  constructor(readonly plan: CrashPlan) {
    super(`The process died ${plan.when} its GitHub write #${plan.at}`);
    this.name = "ProcessDied";
  }
}

/** Counts a run's GitHub writes across all of its processes. */
export interface WriteCounter {
  writes: number;
}

/** A request that changes something on GitHub (the installation-token exchange is authentication, not a write). */
function isWrite(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD") return false;
  return !/\/app\/installations\/[^/]+\/access_tokens$/.test(
    new URL(request.url).pathname,
  );
}

/**
 * One process's way to GitHub. When the run's write count reaches the plan's
 * write, the process dies there: the write lands (after) or not (before),
 * and from then on every request of this process fails without reaching
 * GitHub, as nothing leaves a dead process.
 */
export function crashingFetch(input: {
  double: GitHubDouble;
  counter: WriteCounter;
  plan: CrashPlan | null;
}): { fetch: Fetch; died: () => boolean } {
  const { double, counter, plan } = input;
  let dead = false;
  const fetch: Fetch = async (resource, init) => {
    if (dead && plan) throw new ProcessDied(plan);
    const request = new Request(resource, init);
    if (!isWrite(request)) return double.fetch(request);
    counter.writes += 1;
    if (!plan || counter.writes !== plan.at) return double.fetch(request);
    dead = true;
    if (plan.when === "after") await double.fetch(request);
    throw new ProcessDied(plan);
  };
  return { fetch, died: () => dead };
}
