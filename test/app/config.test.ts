import { describe, expect, it } from "vitest";
import { createHarness, OPERATOR } from "./app-harness.js";
import { handoverRequest, TASK } from "./lifecycle-events.js";

describe("the configuration file", () => {
  it("reports an invalid file once on the task issue, naming the key and the problem, and does nothing else", async () => {
    const h = await createHarness({
      config: "merge_method: fast-forward\ntrigger_label: sop\n",
    });
    const { double } = h;
    const opened = double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    });
    await h.deliver(opened);
    const comments = double.issue(TASK)?.comments ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.author).toBe("sopflow[bot]");
    expect(comments[0]?.body).toContain("`.github/sopflow.yml`");
    expect(comments[0]?.body).toMatch(/- `merge_method`: .*"merge"/);
    expect(double.issue(TASK)?.labels).toEqual(["sop"]);

    await h.deliver(opened);
    await h.deliver(
      double.comment({ issue: TASK, author: OPERATOR, body: "hello?" }),
    );
    expect(
      double.issue(TASK)?.comments.filter((c) => c.author === "sopflow[bot]"),
    ).toHaveLength(1);
    expect(double.writes().map((c) => c.operationId)).toEqual([
      "issues/create-comment",
    ]);
    double.assertValid();
  });

  it("says so when the file is not YAML at all", async () => {
    const h = await createHarness({ config: "reviewers: [unclosed\n" });
    await h.deliver(
      h.double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    expect(h.double.issue(TASK)?.comments[0]?.body).toMatch(
      /- `\(file\)`: the file is not valid YAML/,
    );
  });

  it("does not comment on an issue that is not a task, even when the file is invalid", async () => {
    const h = await createHarness({ config: "walkthrough_rounds: 99\n" });
    await h.deliver(
      h.double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["bug"],
      }),
    );
    expect(h.double.writes()).toEqual([]);
  });

  it("follows the configured trigger label, docs folder and reviewers", async () => {
    const h = await createHarness({
      config:
        "trigger_label: process\ndocs_folder: handbook/procedures\nreviewers: [mo]\n",
    });
    const { double } = h;
    await h.deliver(
      double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    expect(double.writes()).toEqual([]);
    await h.deliver(
      double.labelIssue({ issue: TASK, label: "process", author: OPERATOR }),
    );
    await h.deliver(
      double.comment({ issue: TASK, author: OPERATOR, body: "/sop draft" }),
    );
    const pull = double.issue(2)?.pull;
    expect(
      double.fileAt(
        pull?.headSha ?? "",
        "handbook/procedures/on-call-handover.md",
      ),
    ).toBeDefined();
    expect(pull?.requestedReviewers).toEqual(["mo"]);
    expect(double.issue(TASK)?.labels).toEqual([
      "process",
      "sop",
      "sop: awaiting approval",
    ]);
  });

  it("learns the app's login from GitHub once per app, or takes it as given", async () => {
    const asked = await createHarness();
    await asked.deliver(
      asked.double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    await asked.deliver(
      asked.double.comment({
        issue: TASK,
        author: OPERATOR,
        body: "/sop status",
      }),
    );
    expect(
      asked.double.calls.filter(
        (c) => c.operationId === "apps/get-authenticated",
      ),
    ).toHaveLength(1);

    const given = await createHarness({
      app: { env: { SOPFLOW_BOT_LOGIN: "sopflow[bot]" } },
    });
    await given.deliver(
      given.double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    expect(
      given.double.calls.filter(
        (c) => c.operationId === "apps/get-authenticated",
      ),
    ).toHaveLength(0);
    expect(given.double.issue(TASK)?.comments).toHaveLength(1);
  });
});
