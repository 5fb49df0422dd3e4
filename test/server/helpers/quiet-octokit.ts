import { ProbotOctokit } from "probot";

/**
 * Probot's Octokit with retries and throttling off, as the GitHub double's
 * test clients use it: Probot sets its own throttle options over any object
 * given to defaults(), so a function (which runs last) switches it off.
 */
export const QuietOctokit = ProbotOctokit.defaults(
  (options: Record<string, unknown>) => ({
    ...options,
    retry: { enabled: false },
    throttle: { ...(options.throttle as object), enabled: false },
  }),
);
