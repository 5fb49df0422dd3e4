import { afterEach, describe, expect, it } from "vitest";
import { handoverRequest } from "../app/lifecycle-events.js";
import { loadModelFixture } from "../model/model-fixtures.js";
import { startChatServer } from "../support/chat-server.js";
import {
  ACTIONS_BOT,
  errorLines,
  OPERATOR,
  servedDouble,
} from "./action-harness.js";
import { runBundle } from "./run-bundle.js";

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

async function serve(files?: Record<string, string>) {
  const served = await servedDouble(files);
  cleanups.push(served.close);
  return served;
}

describe("the committed Action bundle (node dist/index.js) on events it handles", () => {
  it("completes Capture on issues.opened, then drafts on `/sop draft`, setting outputs and a job summary each time", async () => {
    const { double, apiUrl } = await serve();
    const opened = double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    });
    const first = await runBundle({
      apiUrl,
      eventName: opened.name,
      event: opened.payload,
    });

    expect(first.stderr).toBe("");
    expect(errorLines(first.stdout)).toEqual([]);
    expect(first.code).toBe(0);
    const issue = double.issue(1);
    expect(issue?.comments.map((c) => c.author)).toEqual([ACTIONS_BOT]);
    expect(issue?.comments[0]?.body).toMatch(/<!-- sopflow/);
    expect(issue?.labels).toEqual(["sop", "sop: needs info"]);
    expect(first.outputs).toEqual({
      "task-state": "needs info",
      "pull-request-url": "",
    });
    expect(first.summary).toContain("## sopflow: acme/docs#1");
    expect(first.summary).toContain(
      "[acme/docs#1](https://github.com/acme/docs/issues/1)",
    );
    expect(first.summary).toMatch(/\*\*Event:\*\* `issues.opened`/);
    expect(first.summary).toMatch(/\*\*Steps taken:\*\* capture\n/);
    expect(first.summary).toMatch(/\*\*State:\*\* needs info\n/);
    expect(first.summary).toMatch(/\*\*What happened:\*\* \d+ open questions/);

    const draft = double.comment({
      issue: 1,
      author: OPERATOR,
      body: "/sop draft",
    });
    const second = await runBundle({
      apiUrl,
      eventName: draft.name,
      event: draft.payload,
    });
    expect(second.code).toBe(0);
    expect(double.issue(2)?.pull?.merged).toBe(false);
    const pullUrl = "https://github.com/acme/docs/pull/2";
    expect(second.outputs).toEqual({
      "task-state": "awaiting approval",
      "pull-request-url": pullUrl,
    });
    expect(second.summary).toMatch(/\*\*Steps taken:\*\* draft, walkthrough\n/);
    expect(second.summary).toContain(
      `**Pull request:** [acme/docs#2](${pullUrl})`,
    );
    expect(double.violations).toEqual([]);
  });

  it("reads the config from the config-path input", async () => {
    const { double, apiUrl } = await serve({
      ".github/sopflow.yml": "trigger_label: other\n",
      "ops/sopflow.yml": "trigger_label: process\n",
    });
    const opened = double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["process"],
    });
    const run = await runBundle({
      apiUrl,
      eventName: opened.name,
      event: opened.payload,
      inputs: { "config-path": "ops/sopflow.yml" },
    });

    expect(run.code).toBe(0);
    expect(
      double.calls
        .filter((c) => c.operationId === "repos/get-content")
        .map((c) => c.path),
    ).toEqual(["/repos/acme/docs/contents/ops/sopflow.yml"]);
    expect(double.issue(1)?.labels).toEqual(["process", "sop: needs info"]);
    expect(double.violations).toEqual([]);
  });

  it("says in the summary that there was nothing to do for an issue that is not a task, and passes", async () => {
    const { double, apiUrl } = await serve();
    const opened = double.openIssue({
      title: "The build is red",
      body: "Since Monday.",
      author: OPERATOR,
      labels: ["bug"],
    });
    const run = await runBundle({
      apiUrl,
      eventName: opened.name,
      event: opened.payload,
    });

    expect(run.code).toBe(0);
    expect(double.writes()).toEqual([]);
    expect(run.outputs).toEqual({ "task-state": "", "pull-request-url": "" });
    expect(run.summary).toMatch(
      /\*\*What happened:\*\* nothing to do: acme\/docs#1 is not a task/,
    );
  });

  it("hands the openai-api-key, openai-base-url and model inputs to the model", async () => {
    const { double, apiUrl } = await serve();
    const chat = await startChatServer(loadModelFixture("capture-success"));
    cleanups.push(chat.close);
    const opened = double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    });
    const run = await runBundle({
      apiUrl,
      eventName: opened.name,
      event: opened.payload,
      inputs: {
        "model-provider": "",
        "openai-api-key": "sk-from-input",
        "openai-base-url": chat.baseURL,
        model: "gpt-from-input",
      },
    });

    expect(run.code).toBe(0);
    expect(
      chat.requests.map((r) => [
        r.method,
        r.path,
        r.headers.authorization,
        (r.body as { model: string }).model,
      ]),
    ).toEqual([
      [
        "POST",
        "/v1/chat/completions",
        "Bearer sk-from-input",
        "gpt-from-input",
      ],
    ]);
    expect(run.outputs["task-state"]).toBe("needs info");
    expect(double.issue(1)?.comments[0]?.body).toContain("gpt-from-input");
  });
});
