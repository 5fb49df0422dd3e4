import { generateKeyPairSync } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import type { GitHubDouble } from "../../support/github-double/github-double.js";

/** One request exactly as the app sent it to GitHub: what a leak check reads. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

let privateKey: string | undefined;

/**
 * A Probot authenticated as the double's app (like `probotFor`), whose
 * requests are also recorded raw — URL, headers and body — before the double
 * answers them, so a test can prove a secret never left in any of them.
 */
export function tappedProbot(
  double: GitHubDouble,
  sent: SentRequest[],
): Probot {
  privateKey ??= generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs8", format: "pem" })
    .toString();
  const fetch = async (
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> => {
    const request = new Request(input, init);
    sent.push({
      method: request.method,
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body: await request.clone().text(),
    });
    return double.fetch(request);
  };
  // Retry and throttling off, as in every test of the app (Probot re-enables throttling unless a function sets it last).
  const Octokit = ProbotOctokit.defaults(
    (options: Record<string, unknown>) => ({
      ...options,
      retry: { enabled: false },
      throttle: { ...(options.throttle as object), enabled: false },
    }),
  );
  return new Probot({
    appId: double.world.app.id,
    privateKey,
    Octokit,
    request: { fetch },
    logLevel: "fatal",
  });
}
