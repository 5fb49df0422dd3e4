import { generateKeyPairSync } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import { createOfflineModel } from "../../../src/model/offline/offline-model.js";
import { createApp, type AppOptions } from "../../../src/shells/app/app.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";

export type Fetch = (
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<Response>;

let privateKey: string | undefined;

// A limiter that lets every job through at once: production spaces writes 1 s
// apart (3 s for notifying ones), which would only slow the harness down.
const unspaced = {
  key: () => ({
    schedule: (
      _options: unknown,
      run: (...args: unknown[]) => unknown,
      ...args: unknown[]
    ) => Promise.resolve(run(...args)),
  }),
};

/** Production's retry and throttle plugins with Probot's own handlers, every wait scaled from seconds to milliseconds. */
const PRODUCTION_PLUGINS = {
  retry: { retryAfterBaseValue: 1 },
  throttle: {
    retryAfterBaseValue: 1,
    write: unspaced,
    notifications: unspaced,
    search: unspaced,
  },
};
const NO_PLUGINS = { retry: { enabled: false }, throttle: { enabled: false } };

export const NOW = "2025-01-06T10:00:00.000Z";

/**
 * A new process of the app: a new Probot and a new app function, so nothing
 * survives in memory from an earlier delivery. Its requests go through
 * `fetch` (default: straight to the double). With `plugins: "production"`,
 * Octokit retries and throttles as deployed; by default both are off, as in
 * the other app tests.
 */
export async function freshProbot(input: {
  double: GitHubDouble;
  fetch?: Fetch;
  plugins?: "production" | "off";
  app?: AppOptions;
}): Promise<Probot> {
  privateKey ??= generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs8", format: "pem" })
    .toString();
  const plugins =
    input.plugins === "production" ? PRODUCTION_PLUGINS : NO_PLUGINS;
  // Probot puts its own throttle handlers over the options; a defaults function runs after it and keeps them.
  const Octokit = ProbotOctokit.defaults(
    (options: Record<string, unknown>) => ({
      ...options,
      retry: plugins.retry,
      throttle: { ...(options.throttle as object), ...plugins.throttle },
    }),
  );
  const probot = new Probot({
    appId: input.double.world.app.id,
    privateKey,
    Octokit,
    request: { fetch: input.fetch ?? input.double.fetch },
    logLevel: "fatal",
  });
  await probot.load(
    createApp({
      modelFor: () => createOfflineModel(),
      now: () => NOW,
      ...input.app,
    }),
  );
  return probot;
}
