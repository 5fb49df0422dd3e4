// The job summaries the Action writes (what a person reads on the workflow run's page), from
// runs of the bundle (node dist/index.js) against the GitHub double: a step done, an event with
// nothing to do, and a failure.
import { afterEach, expect, it } from "vitest";
import { OPERATOR, servedDouble } from "../action/action-harness.js";
import { runBundle } from "../action/run-bundle.js";
import { handoverRequest } from "../app/lifecycle-events.js";

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function serve() {
  const served = await servedDouble();
  close = served.close;
  return served;
}

it("summarises a capture, an event with nothing to do, and a refused write", async () => {
  const { double, apiUrl } = await serve();
  const opened = double.openIssue({
    ...handoverRequest(),
    author: OPERATOR,
    labels: ["sop"],
  });
  const capture = await runBundle({
    apiUrl,
    eventName: opened.name,
    event: opened.payload,
  });
  expect(capture.code).toBe(0);
  await expect(capture.summary).toMatchFileSnapshot(
    "./__snapshots__/action/summary-capture.md",
  );

  const unrelated = double.openIssue({
    title: "Typo on the home page",
    body: "The footer says 2019.",
    author: OPERATOR,
  });
  const ignored = await runBundle({
    apiUrl,
    eventName: unrelated.name,
    event: unrelated.payload,
  });
  expect(ignored.code).toBe(0);
  await expect(ignored.summary).toMatchFileSnapshot(
    "./__snapshots__/action/summary-ignored.md",
  );

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
  const answered = double.comment({
    issue: 1,
    author: OPERATOR,
    body: "/sop draft",
  });
  const failed = await runBundle({
    apiUrl,
    eventName: answered.name,
    event: answered.payload,
  });
  expect(failed.code).toBe(1);
  await expect(failed.summary).toMatchFileSnapshot(
    "./__snapshots__/action/summary-failed.md",
  );
});
