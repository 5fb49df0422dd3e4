import type { EmitterWebhookEvent } from "@octokit/webhooks";
import type { Probot } from "probot";
import type { Config } from "../../../src/core/config/config-schema.js";
import {
  encodeNote,
  type NoteDraft,
} from "../../../src/core/notes/encode-note.js";
import { createOfflineModel } from "../../../src/model/offline/offline-model.js";
import { createApp } from "../../../src/shells/app/app.js";
import { WORKFLOW_BOT_LOGIN } from "../../../src/shells/action/read-action-env.js";
import { MAINTAINER, OPERATOR } from "../../app/app-harness.js";
import { answerLabelUpdates } from "../../app/label-update-hook.js";
import { GitHubDouble } from "../../support/github-double/github-double.js";
import { probotFor } from "../../support/github-double/test-clients.js";

export { MAINTAINER, OPERATOR, WORKFLOW_BOT_LOGIN };

export interface ActionSetting {
  double: GitHubDouble;
  /** The settings each handled event chose its model with. */
  modelSettings: Config["model"][];
  /** Deliver one event; the handler's error is returned (null when none). */
  deliver(event: {
    id: string;
    name: string;
    payload: unknown;
  }): Promise<unknown>;
  /** Another workflow of the repository comments as github-actions[bot], with a note it forged. */
  forge(
    note: Omit<
      NoteDraft,
      "provider" | "model" | "calls" | "tokensIn" | "tokensOut" | "at"
    >,
  ): void;
}

/**
 * sopflow as the Action runs it: the workflow token (every workflow of the
 * repository comments as github-actions[bot]) and that login as the notes'
 * author, on the GitHub double.
 */
export async function actionSetting(config?: string): Promise<ActionSetting> {
  const double = new GitHubDouble({
    caller: WORKFLOW_BOT_LOGIN,
    repo: {
      files: {
        "README.md": "# docs\n",
        ...(config === undefined ? {} : { ".github/sopflow.yml": config }),
      },
    },
  });
  answerLabelUpdates(double);
  double.addCollaborator({ login: OPERATOR, role: "write" });
  double.addCollaborator({ login: MAINTAINER, role: "maintain" });
  let probot: Probot | null = null;
  const modelSettings: Config["model"][] = [];
  return {
    double,
    modelSettings,
    async deliver(event) {
      if (!probot) {
        probot = probotFor(double, { githubToken: "ghs_workflow" });
        await probot.load(
          createApp({
            botLogin: WORKFLOW_BOT_LOGIN,
            modelFor: (settings) => {
              modelSettings.push(settings.model);
              return createOfflineModel();
            },
            now: () => "2025-01-06T10:00:00.000Z",
          }),
        );
      }
      try {
        await probot.receive(event as EmitterWebhookEvent);
        return null;
      } catch (error) {
        return error;
      }
    },
    forge(note) {
      const [body = ""] = encodeNote({
        ...note,
        provider: "offline",
        model: "offline",
        calls: 0,
        tokensIn: 0,
        tokensOut: 0,
        at: "2025-01-06T10:00:00.000Z",
      });
      double.comment({ issue: 1, author: WORKFLOW_BOT_LOGIN, body });
    },
  };
}
