import { generateKeyPairSync } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import type { GitHubDouble } from "./github-double.js";

let privateKey: string | undefined;

// Retry and throttling would hide faults and slow tests; production keeps them on.
const quiet = { retry: { enabled: false }, throttle: { enabled: false } };

/** A real Probot Octokit whose every request reaches the double. */
export function octokitFor(double: GitHubDouble) {
  const Octokit = ProbotOctokit.defaults({
    request: { fetch: double.fetch },
    ...quiet,
  });
  return new Octokit({ auth: { token: "ghs_test" } });
}

/**
 * A Probot app authenticated as the double's GitHub App: events are handled
 * with an installation token the double issues, so the same requests a
 * deployed app makes (token, config, REST) all go through the double.
 * Pass `githubToken` to act like the Action shell instead (no app auth).
 */
export function probotFor(
  double: GitHubDouble,
  options: { githubToken?: string } = {},
): Probot {
  privateKey ??= generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs8", format: "pem" })
    .toString();
  const auth = options.githubToken
    ? { githubToken: options.githubToken }
    : { appId: double.world.app.id, privateKey };
  // Probot sets its own throttle options over any object given to defaults(), which
  // turns throttling back on (one content-creating request per 3 s); a function runs last.
  const Octokit = ProbotOctokit.defaults(
    (options: Record<string, unknown>) => ({
      ...options,
      ...quiet,
      throttle: { ...(options.throttle as object), enabled: false },
    }),
  );
  return new Probot({
    ...auth,
    Octokit,
    request: { fetch: double.fetch },
    logLevel: "fatal",
  });
}
