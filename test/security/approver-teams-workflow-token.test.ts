import { afterEach, describe, expect, it } from "vitest";
import {
  handleActionEvent,
  type RunProgress,
} from "../../src/shells/action/handle-action-event.js";
import { WORKFLOW_BOT_LOGIN } from "../../src/shells/action/read-action-env.js";
import { servedDouble, OPERATOR } from "../action/action-harness.js";
import { handoverRequest, TASK } from "../app/lifecycle-events.js";

// Point 9 of the hostile review: approver teams cannot be checked with the workflow token.

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function openedInAction(config: string, botLogin = WORKFLOW_BOT_LOGIN) {
  const served = await servedDouble({ ".github/sopflow.yml": config });
  close = served.close;
  const event = served.double.openIssue({
    ...handoverRequest(),
    author: OPERATOR,
    labels: ["sop"],
  });
  const progress: RunProgress = { pullUrl: null };
  const outcome = await handleActionEvent({
    env: {
      inputs: {
        token: "ghs_workflow",
        openaiApiKey: null,
        openaiBaseUrl: null,
        modelProvider: "offline",
        model: null,
        configPath: null,
        botLogin,
      },
      github: {
        eventName: event.name,
        eventPath: "",
        runId: "1",
        serverUrl: "https://github.com",
        apiUrl: served.apiUrl,
      },
    },
    event: event as {
      id: string;
      name: string;
      payload: Record<string, unknown>;
    },
    processEnv: { LOG_LEVEL: "fatal" },
    progress,
  });
  return { double: served.double, outcome };
}

describe("approvers.teams with the workflow token", () => {
  it("is refused at config validation, naming the fix", async () => {
    const { double, outcome } = await openedInAction(
      "approvers:\n  teams: [docs-approvers]\n",
    );
    expect(outcome.kind).toBe("config-problem");
    const said = (double.issue(TASK)?.comments[0]?.body ?? "").replace(
      /\\(.)/g,
      "$1",
    );
    expect(said).toContain("`approvers.teams`");
    expect(said).toContain("App token");
    expect(said).toContain("bot-login");
    expect(double.issue(TASK)?.comments).toHaveLength(1);
    double.assertValid();
  });

  it("is accepted with an App token and its own bot-login", async () => {
    const { outcome } = await openedInAction(
      "approvers:\n  teams: [docs-approvers]\n",
      "sopflow[bot]",
    );
    expect(outcome.kind).toBe("reconciled");
  });
});
