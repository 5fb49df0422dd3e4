import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { handoverRequest } from "../app/lifecycle-events.js";
import { errorLines, OPERATOR, servedDouble } from "./action-harness.js";
import { runBundle } from "./run-bundle.js";

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function serve(files?: Record<string, string>) {
  const served = await servedDouble(files);
  close = served.close;
  return served;
}

describe("the committed Action bundle (node dist/index.js) when handling fails", () => {
  it("fails the job with an ::error:: line and a summary of what failed when GitHub refuses a write", async () => {
    const { double, apiUrl } = await serve();
    // The workflow token without `issues: write`: the note and the error note are both refused.
    double.failNext({
      method: "POST",
      route: "issues/create-comment",
      status: 403,
      times: 2,
      body: {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest",
        status: "403",
      },
    });
    const opened = double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    });
    const run = await runBundle({
      apiUrl,
      eventName: opened.name,
      event: opened.payload,
    });

    expect(run.code).toBe(1);
    const errors = errorLines(run.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error::The capture step of task 1 failed: .*Resource not accessible by integration/,
    );
    expect(run.outputs).toEqual({ "task-state": "", "pull-request-url": "" });
    expect(run.summary).toContain("## sopflow failed: acme/docs#1");
    expect(run.summary).toMatch(
      /\*\*What failed:\*\* The capture step of task 1 failed: .*Resource not accessible by integration/,
    );
    expect(run.summary).toContain("`/sop retry`");
    expect(double.issue(1)?.comments).toEqual([]);
    expect(double.violations).toEqual([]);
  });

  it("fails the job, making no request, when the event file is not a webhook payload", async () => {
    const { double, apiUrl } = await serve();
    const run = await runBundle({
      apiUrl,
      eventName: "issues",
      event: '{"action": "opened", "issue": ',
    });

    expect(run.code).toBe(1);
    expect(errorLines(run.stdout)).toEqual([
      expect.stringMatching(
        /^::error::Unexpected issues event in .*event\.json: .*expected the webhook payload as JSON$/,
      ),
    ]);
    expect(run.summary).toContain("## sopflow failed: issues");
    expect(run.summary).toMatch(/\*\*What failed:\*\* Unexpected issues event/);
    expect(double.calls).toEqual([]);
  });

  it("fails the job, naming the file, when the runner's output file cannot be written", async () => {
    const { double, apiUrl } = await serve();
    const opened = double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    });
    const missing = join(tmpdir(), "sopflow-no-such-dir", "output");
    const run = await runBundle({
      apiUrl,
      eventName: opened.name,
      event: opened.payload,
      env: { GITHUB_OUTPUT: missing },
    });

    expect(run.code).toBe(1);
    expect(errorLines(run.stdout)).toEqual([
      `::error::Could not write the step outputs to ${missing}`,
    ]);
    // The capture itself was done: only the report to the runner failed.
    expect(double.issue(1)?.labels).toEqual(["sop", "sop: needs info"]);
  });

  it("fails the job when the workflow gives it no event, escaping the message as a workflow command", async () => {
    const { apiUrl } = await serve();
    const run = await runBundle({
      apiUrl,
      eventName: "",
      event: {},
      inputs: { "model-provider": "claude\nfake" },
    });

    expect(run.code).toBe(1);
    expect(errorLines(run.stdout)).toEqual([
      '::error::Unexpected model-provider "claude%0Afake", expected one of auto, offline, openai, github-models',
    ]);
    expect(run.summary).toContain("## sopflow failed: (no event)");
  });
});
