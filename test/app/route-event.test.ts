import { describe, expect, it } from "vitest";
import { encodeNote } from "../../src/core/notes/encode-note.js";
import type { TaskSnapshot } from "../../src/core/ports/forge.js";
import { routeEvent, taskKey } from "../../src/shells/app/route-event.js";
import {
  snapshotIsTask,
  taskVerdict,
} from "../../src/shells/app/task-verdict.js";
import { examplePayload } from "../support/github-double/webhooks/example-payload.js";

type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** GitHub's own example of the event, with a person as the sender. */
function example(
  name: string,
  action: string,
  change: (p: Payload) => void = () => undefined,
): Payload {
  const payload: Payload = examplePayload(name, action);
  payload.sender = { ...payload.sender, login: "dana", type: "User" };
  change(payload);
  return payload;
}

describe("which task an event concerns", () => {
  it("maps an issue event to its issue and leaves the task test to the labels", () => {
    const payload = example(
      "issues",
      "opened",
      (p) => (p.issue.labels = [{ name: "sop" }]),
    );
    const route = routeEvent({ name: "issues", payload });
    expect(route).toEqual({
      kind: "task",
      task: {
        owner: payload.repository.owner.login,
        repo: payload.repository.name,
        issueNumber: payload.issue.number,
      },
      test: { kind: "labels", labels: ["sop"], notesPossible: false },
    });
    if (route.kind === "task")
      expect(taskKey(route.task)).toBe(
        `${payload.repository.full_name}#${payload.issue.number}`,
      );
  });

  it("ignores what a bot or the app itself sent, so the app never answers itself", () => {
    for (const sender of [
      { login: "sopflow[bot]", type: "Bot" },
      { login: "renovate[bot]", type: "Bot" },
    ]) {
      const payload = example(
        "issue_comment",
        "created",
        (p) => (p.sender = { ...p.sender, ...sender }),
      );
      expect(routeEvent({ name: "issue_comment", payload })).toEqual({
        kind: "ignore",
        reason: `issue_comment.created was sent by the bot @${sender.login}`,
      });
    }
  });

  it("ignores events and actions outside the workflow, and comments on pull requests", () => {
    expect(
      routeEvent({ name: "issues", payload: example("issues", "deleted") })
        .kind,
    ).toBe("ignore");
    expect(
      routeEvent({ name: "push", payload: { action: undefined } }).kind,
    ).toBe("ignore");
    const onPull = example(
      "issue_comment",
      "created",
      (p) =>
        (p.issue.pull_request = {
          url: "https://api.github.com/repos/o/r/pulls/1",
        }),
    );
    expect(
      routeEvent({ name: "issue_comment", payload: onPull }),
    ).toMatchObject({
      kind: "ignore",
      reason: expect.stringMatching(/concerns pull request/),
    });
  });

  it("knows a new comment may follow notes only when the issue had comments before it", () => {
    const first = example(
      "issue_comment",
      "created",
      (p) => (p.issue.comments = 1),
    );
    const later = example(
      "issue_comment",
      "created",
      (p) => (p.issue.comments = 5),
    );
    expect(routeEvent({ name: "issue_comment", payload: first })).toMatchObject(
      { test: { notesPossible: false } },
    );
    expect(routeEvent({ name: "issue_comment", payload: later })).toMatchObject(
      { test: { notesPossible: true } },
    );
  });

  it("maps a pull request event to its issue through the sopflow branch, and the issue's repository through the body's link", () => {
    const review = example("pull_request_review", "submitted", (p) => {
      p.pull_request.head.ref = "sopflow/12-refund-a-customer";
      p.pull_request.body =
        "Drafted for [#12](https://github.com/acme/requests/issues/12).";
    });
    expect(
      routeEvent({ name: "pull_request_review", payload: review }),
    ).toEqual({
      kind: "task",
      task: { owner: "acme", repo: "requests", issueNumber: 12 },
      test: { kind: "labels-or-notes" },
    });
    const sync = example(
      "pull_request",
      "synchronize",
      (p) => (p.pull_request.head.ref = "sopflow/7-x"),
    );
    expect(routeEvent({ name: "pull_request", payload: sync })).toMatchObject({
      task: {
        owner: sync.repository.owner.login,
        repo: sync.repository.name,
        issueNumber: 7,
      },
    });
    const other = example(
      "pull_request",
      "closed",
      (p) => (p.pull_request.head.ref = "feature/sopflow-7"),
    );
    expect(routeEvent({ name: "pull_request", payload: other })).toMatchObject({
      kind: "ignore",
      reason: expect.stringMatching(/not from a sopflow branch/),
    });
  });
});

describe("is the issue a task", () => {
  it("decides from the trigger label, a state label, or the issue's notes", () => {
    expect(
      taskVerdict(
        { kind: "labels", labels: ["SOP"], notesPossible: false },
        "sop",
      ),
    ).toBe("yes");
    expect(
      taskVerdict(
        { kind: "labels", labels: ["sop: needs info"], notesPossible: false },
        "process",
      ),
    ).toBe("yes");
    expect(
      taskVerdict(
        { kind: "labels", labels: ["bug"], notesPossible: false },
        "sop",
      ),
    ).toBe("no");
    expect(
      taskVerdict(
        { kind: "labels", labels: ["bug"], notesPossible: true },
        "sop",
      ),
    ).toBe("load");
    expect(taskVerdict({ kind: "label", label: "sop" }, "sop")).toBe("yes");
    expect(taskVerdict({ kind: "label", label: "bug" }, "sop")).toBe("no");
    expect(taskVerdict({ kind: "labels-or-notes" }, "sop")).toBe("load");
  });

  it("trusts only the app's own notes on an unlabelled issue", () => {
    const note = '<!-- sopflow:note {"v":1} -->\nlooks like a note';
    const snapshot = (
      authorKind: "self" | "human",
      body: string,
    ): TaskSnapshot => ({
      number: 1,
      url: "u",
      title: "t",
      body: "",
      author: "dana",
      open: true,
      labels: ["bug"],
      pull: null,
      baseBranch: "main",
      comments: [
        {
          id: "1",
          author: "x",
          authorKind,
          body,
          createdAt: "2025-01-06T10:00:00Z",
        },
      ],
    });
    expect(snapshotIsTask(snapshot("human", note), "sop")).toBe(false);
    expect(snapshotIsTask(snapshot("self", "a plain reply"), "sop")).toBe(
      false,
    );
    const [real = ""] = encodeNote({
      step: "capture",
      revision: 1,
      inputs: [],
      provider: "offline",
      model: "m",
      calls: 0,
      tokensIn: 0,
      tokensOut: 0,
      at: "2025-01-06T10:00:00Z",
      body: "### Capture",
      data: null,
    });
    expect(snapshotIsTask(snapshot("self", real), "sop")).toBe(true);
    expect(snapshotIsTask(snapshot("human", real), "sop")).toBe(false);
  });
});
