import type { EmitterWebhookEvent } from "@octokit/webhooks";
import type { Probot } from "probot";
import { createOfflineModel } from "../../../src/model/offline/offline-model.js";
import { createApp, type AppOptions } from "../../../src/shells/app/app.js";
import { MAINTAINER, OPERATOR } from "../../app/app-harness.js";
import { answerLabelUpdates } from "../../app/label-update-hook.js";
import { GitHubDouble } from "../../support/github-double/github-double.js";
import type { RestCall } from "../../support/github-double/http/rest-pipeline.js";
import { tappedProbot, type SentRequest } from "./tapped-probot.js";

export { MAINTAINER, OPERATOR };

/** What one delivery did: the writes it made, and the error the handler threw (null when none). */
export interface Delivery {
  writes: RestCall[];
  error: unknown;
}

export interface AppRun {
  double: GitHubDouble;
  /** Every request the app sent to GitHub, raw. */
  sent: SentRequest[];
  deliver(event: {
    id: string;
    name: string;
    payload: unknown;
  }): Promise<Delivery>;
}

/**
 * The deployed app on a fresh GitHub double (acme/docs, the operator with
 * write and the maintainer with maintain role), the offline drafter unless
 * `app` says otherwise. A handler error is returned with the delivery, so a
 * test decides whether it was handled (a visible note) or not.
 */
export async function createAppRun(
  options: {
    config?: string;
    files?: Record<string, string>;
    app?: AppOptions;
  } = {},
): Promise<AppRun> {
  const files = {
    "README.md": "# docs\n",
    ...options.files,
    ...(options.config === undefined
      ? {}
      : { ".github/sopflow.yml": options.config }),
  };
  const double = new GitHubDouble({ repo: { files } });
  answerLabelUpdates(double);
  double.addCollaborator({ login: OPERATOR, role: "write" });
  double.addCollaborator({ login: MAINTAINER, role: "maintain" });
  const sent: SentRequest[] = [];
  const appOptions: AppOptions = {
    modelFor: () => createOfflineModel(),
    now: () => "2025-01-06T10:00:00.000Z",
    ...options.app,
  };
  let probot: Probot | null = null;
  return {
    double,
    sent,
    async deliver(event) {
      if (!probot) {
        probot = tappedProbot(double, sent);
        await probot.load(createApp(appOptions));
      }
      const before = double.writes().length;
      let error: unknown = null;
      try {
        await probot.receive(event as EmitterWebhookEvent);
      } catch (thrown) {
        error = thrown;
      }
      return { writes: double.writes().slice(before), error };
    },
  };
}
