import { readFileSync } from "node:fs";
import type { EmitterWebhookEvent } from "@octokit/webhooks";
import type { Probot } from "probot";
import { createOfflineModel } from "../../src/model/offline/offline-model.js";
import { createApp, type AppOptions } from "../../src/shells/app/app.js";
import {
  GitHubDouble,
  type GitHubDoubleOptions,
} from "../support/github-double/github-double.js";
import { probotFor } from "../support/github-double/test-clients.js";
import { answerLabelUpdates } from "./label-update-hook.js";

export const EXAMPLES = new URL("../../examples/", import.meta.url);
export const OPERATOR = "dana";
export const MAINTAINER = "mo";

/** The example request: its "# Title" line is the issue title, the rest the body. */
export function exampleRequest(name = "on-call-handover"): {
  title: string;
  body: string;
} {
  const [first = "", ...rest] = readFileSync(
    new URL(`${name}.md`, EXAMPLES),
    "utf8",
  ).split("\n");
  return { title: first.replace(/^# /, "SOP: "), body: rest.join("\n") };
}

export function exampleAnswers(name = "on-call-handover"): string {
  return readFileSync(new URL(`${name}.answers.md`, EXAMPLES), "utf8");
}

export interface Harness {
  double: GitHubDouble;
  /** Deliver one webhook; returns the REST requests it took. */
  deliver(event: {
    id: string;
    name: string;
    payload: unknown;
  }): Promise<number>;
  /** Requests (and the writes among them) per delivered event, in order, for the test log. */
  readonly costs: {
    event: string;
    requests: number;
    writes: number;
    perProcess: number;
  }[];
}

/**
 * The app on the GitHub double, as deployed: a Probot authenticated as the
 * double's app. With `freshProbot`, every delivery gets a new Probot and a
 * new app function, so nothing survives in memory between events.
 */
export async function createHarness(
  options: {
    double?: GitHubDoubleOptions;
    config?: string;
    freshProbot?: boolean;
    app?: AppOptions;
  } = {},
): Promise<Harness> {
  const files = {
    "README.md": "# docs\n",
    ...(options.config === undefined
      ? {}
      : { ".github/sopflow.yml": options.config }),
  };
  const double = new GitHubDouble({
    ...options.double,
    repo: { files, ...options.double?.repo },
  });
  answerLabelUpdates(double);
  double.addCollaborator({ login: OPERATOR, role: "write" });
  double.addCollaborator({ login: MAINTAINER, role: "maintain" });
  const appOptions: AppOptions = {
    modelFor: () => createOfflineModel(),
    now: () => "2025-01-06T10:00:00.000Z",
    ...options.app,
  };
  let shared: Probot | null = null;
  const probot = async () => {
    if (shared && !options.freshProbot) return shared;
    const made = probotFor(double);
    await made.load(createApp(appOptions));
    shared = made;
    return made;
  };
  const costs: Harness["costs"] = [];
  return {
    double,
    costs,
    async deliver(event) {
      const app = await probot();
      const before = double.calls.length;
      await app.receive(event as EmitterWebhookEvent);
      // The installation token is authentication, and the app's own login is asked once per process: neither is work on the task.
      const calls = double.calls
        .slice(before)
        .filter(
          (c) => c.operationId !== "apps/create-installation-access-token",
        );
      const made = calls.filter(
        (c) => c.operationId !== "apps/get-authenticated",
      );
      const writes = made.filter((c) => c.method !== "GET").length;
      costs.push({
        event: `${event.name}.${(event.payload as { action?: string }).action ?? ""}`,
        requests: made.length,
        writes,
        perProcess: calls.length - made.length,
      });
      return made.length;
    },
  };
}
