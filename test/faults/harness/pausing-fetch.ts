import type { GitHubDouble } from "../../support/github-double/github-double.js";
import type { Fetch } from "./fresh-probot.js";

/** A way to the double that holds one process just before its `at`-th request (the token exchange aside) until `resume` settles. */
export function pausingFetch(
  double: GitHubDouble,
  input: { at: number; resume: Promise<void> },
): { fetch: Fetch; paused: Promise<void> } {
  let requests = 0;
  let reached = (): void => undefined;
  const paused = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const fetch: Fetch = async (resource, init) => {
    // The installation token is shared by concurrent processes (Octokit dedupes its fetch): holding it would hold both.
    if (/\/access_tokens$/.test(new Request(resource, init).url))
      return double.fetch(resource, init);
    requests += 1;
    if (requests === input.at) {
      reached();
      await input.resume;
    }
    return double.fetch(resource, init);
  };
  return { fetch, paused };
}

/**
 * Handle `first` in one process and `second` in another, at once: the first
 * is held just before its `at`-th request while the second is handled in
 * full, then goes on with what it had read. Sweeping `at` over the first's
 * requests walks through every way the two can interleave at a request.
 */
export async function interleave(input: {
  double: GitHubDouble;
  at: number;
  first: (fetch: Fetch) => Promise<unknown>;
  second: () => Promise<unknown>;
}): Promise<PromiseSettledResult<unknown>[]> {
  let resume = (): void => undefined;
  const gate = new Promise<void>((resolve) => {
    resume = resolve;
  });
  const way = pausingFetch(input.double, { at: input.at, resume: gate });
  const first = input.first(way.fetch);
  const firstDone = first.then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([way.paused, firstDone]);
  const second = input.second();
  await second.then(
    () => undefined,
    () => undefined,
  );
  resume();
  return Promise.allSettled([first, second]);
}
