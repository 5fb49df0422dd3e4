import { describe, expect, it } from "vitest";
import { encodeNote } from "../../src/core/notes/encode-note.js";
import { admin, draftData, taskBuilder } from "./task-builder.js";

const question = { id: 1, about: "trigger", text: "What starts it?" };
const walked = (b: ReturnType<typeof taskBuilder>) =>
  b.note("walkthrough", 1, { sha: "a".repeat(40), errors: 0, remaining: [] }, [
    "draft:1",
    `sha:${"a".repeat(40)}`,
  ]);

describe("decide", () => {
  it("captures a new task first", () => {
    expect(taskBuilder().decide()).toMatchObject({
      kind: "capture",
      revision: 1,
    });
  });

  it("waits for answers while questions are open, and captures again with them", () => {
    const b = taskBuilder().captured(1, [question]);
    expect(b.decide()).toMatchObject({ kind: "wait", state: "needs info" });
    b.comment("olivia", "1. When the contract is signed");
    expect(b.decide()).toMatchObject({
      kind: "capture",
      revision: 2,
      answers: [{ questionId: 1, text: "When the contract is signed" }],
    });
  });

  it("captures again when the request is edited, and never twice for the same input", () => {
    const b = taskBuilder().captured(1, [question]);
    b.snapshot.body += "\n\nedited";
    expect(b.decide()).toMatchObject({ kind: "capture", revision: 2 });
    b.captured(2, [question]);
    expect(b.decide()).toMatchObject({ kind: "wait", state: "needs info" });
  });

  it("drafts on /sop draft with questions still open, and at once when none are", () => {
    expect(
      taskBuilder()
        .captured(1, [question])
        .comment("olivia", "/sop draft")
        .decide(),
    ).toMatchObject({ kind: "draft", revision: 1 });
    expect(taskBuilder().captured(1).decide()).toMatchObject({
      kind: "draft",
      revision: 1,
      inputs: [
        "capture:1",
        expect.stringMatching(/^capture-hash:[0-9a-f]{16}$/),
      ],
    });
  });

  it("walks a draft through once per head", () => {
    const b = taskBuilder().captured(1).note("draft", 1, draftData).pull();
    expect(b.decide()).toMatchObject({
      kind: "walkthrough",
      sha: "a".repeat(40),
    });
    walked(b);
    expect(b.decide()).toMatchObject({
      kind: "wait",
      state: "awaiting approval",
    });
    b.snapshot.pull!.headSha = "b".repeat(40);
    expect(b.decide()).toMatchObject({
      kind: "walkthrough",
      revision: 2,
      sha: "b".repeat(40),
    });
  });

  it("publishes on an approval by a writer on the head, and explains one that does not count", () => {
    const b = walked(
      taskBuilder().captured(1).note("draft", 1, draftData).pull(),
    );
    b.review({ author: "rick", state: "approved" });
    expect(
      b.decide({ roles: { rick: { roleName: "read", permission: "read" } } }),
    ).toMatchObject({
      kind: "reply",
      body: expect.stringMatching(/@rick has the read role/),
    });
    b.review({ author: "mara", state: "approved" });
    expect(b.decide({ roles: { mara: admin } })).toMatchObject({
      kind: "publish",
      approval: { by: "mara", sha: "a".repeat(40) },
    });
  });

  it("publishes a head that holds only the approval record of a publish that died before merging, and walks any other head", () => {
    const head = "b".repeat(40);
    const b = walked(
      taskBuilder()
        .captured(1)
        .note("draft", 1, draftData)
        .pull({ changedFiles: 1 }),
    );
    b.review({ author: "mara", state: "approved" });
    if (b.snapshot.pull) b.snapshot.pull.headSha = head;
    const roles = { mara: admin };
    const config = { record_approval_in_file: true };
    expect(
      b.decide({
        config,
        roles,
        recordedHead: { sha: head, matches: true },
      }),
    ).toMatchObject({
      kind: "publish",
      approval: { by: "mara", sha: "a".repeat(40) },
      recordedHead: head,
    });
    for (const recordedHead of [
      { sha: head, matches: false },
      { sha: "c".repeat(40), matches: true },
      undefined,
    ])
      expect(
        b.decide({ config, roles, ...(recordedHead && { recordedHead }) }),
      ).toMatchObject({ kind: "walkthrough", sha: head });
  });

  it("does not publish on an approval of an older commit, by a bot, or by the author when independence is required", () => {
    const b = walked(
      taskBuilder().captured(1).note("draft", 1, draftData).pull(),
    );
    b.review({ author: "mara", state: "approved", commitId: "c".repeat(40) });
    expect(b.decide({ roles: { mara: admin } })).toMatchObject({
      kind: "reply",
      body: expect.stringMatching(/approved commit ccccccc/),
    });
    const bot = walked(
      taskBuilder().captured(1).note("draft", 1, draftData).pull(),
    ).review({ author: "ci[bot]", authorKind: "bot", state: "approved" });
    expect(bot.decide()).toMatchObject({
      kind: "reply",
      body: expect.stringMatching(/is a bot/),
    });
    const own = walked(
      taskBuilder().captured(1).note("draft", 1, draftData).pull(),
    ).review({ author: "olivia", state: "approved" });
    expect(
      own.decide({
        roles: { olivia: admin },
        config: { require_independent_approver: true },
      }),
    ).toMatchObject({
      kind: "reply",
      body: expect.stringMatching(/asked for this SOP/),
    });
  });

  it("redrafts on changes requested, with the review and its inline comments as feedback", () => {
    const b = walked(
      taskBuilder().captured(1).note("draft", 1, draftData).pull(),
    );
    b.review({
      author: "mara",
      state: "changes_requested",
      body: "Step 2 is unclear",
      id: "55",
    });
    b.snapshot.pull!.reviewComments.push({
      id: "9",
      reviewId: "55",
      author: "mara",
      authorKind: "human",
      body: "Add step after 1: Call the customer",
      path: draftData.path,
      line: 30,
      createdAt: "",
    });
    expect(b.decide()).toMatchObject({
      kind: "draft",
      revision: 2,
      feedback: [
        { id: "review:55", body: "Step 2 is unclear" },
        { id: "review-comment:9", line: 30 },
      ],
    });
  });

  it("answers /sop status and /sop help once each", () => {
    const b = taskBuilder()
      .captured(1, [question])
      .comment("olivia", "/sop status");
    const reply = b.decide();
    expect(reply).toMatchObject({
      kind: "reply",
      body: expect.stringMatching(/Status/),
    });
    b.note("reply", 1, null, reply.kind === "reply" ? reply.inputs : []);
    expect(b.decide()).toMatchObject({ kind: "wait" });
    expect(
      taskBuilder().comment("olivia", "/sop frobnicate").decide(),
    ).toMatchObject({
      kind: "reply",
      body: expect.stringMatching(/Unknown command `\/sop frobnicate`/),
    });
  });

  it("lets the author or a writer cancel, nobody else", () => {
    expect(
      taskBuilder().captured(1).comment("olivia", "/sop cancel").decide(),
    ).toMatchObject({ kind: "cancel", closeIssue: true });
    expect(
      taskBuilder()
        .captured(1)
        .comment("eve", "/sop cancel")
        .decide({ roles: { eve: { roleName: "read", permission: "read" } } }),
    ).toMatchObject({ kind: "reply" });
  });

  it("waits after a failure until a person acts, then retries", () => {
    const b = taskBuilder()
      .captured(1)
      .note("error", 1, { step: "draft", message: "timeout" });
    expect(b.decide()).toMatchObject({ kind: "wait", state: "failed" });
    b.comment("olivia", "/sop retry");
    expect(b.decide()).toMatchObject({ kind: "draft" });
  });

  it("captures an edited request again after the draft, then redrafts from the new capture", () => {
    const b = walked(
      taskBuilder()
        .captured(1)
        .note("draft", 1, draftData, ["capture:1"])
        .pull(),
    );
    b.snapshot.body += "\n\nTrigger: every Monday";
    expect(b.decide()).toMatchObject({
      kind: "capture",
      revision: 2,
      answers: [],
      inputs: [expect.stringMatching(/^request:/)],
    });
    b.captured(2);
    expect(b.decide()).toMatchObject({
      kind: "draft",
      revision: 2,
      inputs: ["capture:2", expect.stringMatching(/^capture-hash:/)],
    });
  });

  it("redrafts when the draft was made from another capture of the same revision (two handlers at once)", () => {
    const b = walked(
      taskBuilder()
        .captured(1)
        .note("draft", 1, draftData, [
          "capture:1",
          "capture-hash:0000000000000000",
        ])
        .pull(),
    );
    expect(b.decide()).toMatchObject({ kind: "draft", revision: 2 });
  });

  it("redoes the last step on /sop retry when nothing failed: the walkthrough of the head, once", () => {
    const b = walked(
      taskBuilder()
        .captured(1)
        .note("draft", 1, draftData, ["capture:1"])
        .pull(),
    );
    b.comment("olivia", "/sop retry");
    const retried = b.decide();
    expect(retried).toMatchObject({
      kind: "walkthrough",
      revision: 2,
      sha: "a".repeat(40),
      inputs: expect.arrayContaining([
        `comment:${b.snapshot.comments.at(-1)?.id}`,
      ]),
    });
    b.note(
      "walkthrough",
      2,
      { sha: "a".repeat(40), errors: 0, remaining: [] },
      retried.kind === "walkthrough" ? retried.inputs : [],
    );
    expect(b.decide()).toMatchObject({
      kind: "wait",
      state: "awaiting approval",
    });
    const capturing = taskBuilder()
      .captured(1, [question])
      .comment("olivia", "/sop retry");
    expect(capturing.decide()).toMatchObject({ kind: "capture", revision: 2 });
  });

  it("names the approver of the merged head when the app merged and died before its note", () => {
    const b = walked(
      taskBuilder()
        .captured(1)
        .note("draft", 1, draftData)
        .pull({
          state: "merged",
          mergeSha: "m".repeat(40),
          mergedBy: "sopflow[bot]",
        }),
    );
    b.review({ author: "mara", state: "approved" });
    expect(b.decide()).toMatchObject({
      kind: "record-publish",
      approval: { by: "mara", sha: "a".repeat(40) },
    });
  });

  it("records a publish when the PR was merged, cancels when it was closed unmerged, and finishes once published", () => {
    const merged = walked(
      taskBuilder()
        .captured(1)
        .note("draft", 1, draftData)
        .pull({ state: "merged", mergeSha: "m".repeat(40), mergedBy: "mara" }),
    );
    expect(merged.decide()).toMatchObject({
      kind: "record-publish",
      mergeSha: "m".repeat(40),
    });
    expect(
      walked(
        taskBuilder()
          .captured(1)
          .note("draft", 1, draftData)
          .pull({ state: "closed" }),
      ).decide(),
    ).toMatchObject({ kind: "cancel" });
    const done = merged.note("publish", 1, {
      mergeSha: "m".repeat(40),
      path: draftData.path,
      permalink: `https://github.com/acme/docs/blob/${"m".repeat(40)}/${draftData.path}`,
      by: "mara",
    });
    expect(done.decide()).toMatchObject({ kind: "finish", closeIssue: true });
    done.snapshot.open = false;
    done.snapshot.labels = ["sop", "sop: published"];
    expect(done.decide()).toMatchObject({ kind: "wait", state: "published" });
    // GitHub label names compare without case: a person's "SOP: Published" is the same label.
    done.snapshot.labels = ["sop", "SOP: Published"];
    expect(done.decide()).toMatchObject({ kind: "wait", state: "published" });
  });

  it("restarts a cancelled task when its issue is reopened", () => {
    const b = taskBuilder().captured(1).note("cancel", 1, { reason: "x" });
    b.snapshot.open = false;
    expect(b.decide()).toMatchObject({ kind: "wait", state: "cancelled" });
    b.snapshot.open = true;
    expect(b.decide()).toMatchObject({ kind: "capture", revision: 1 });
  });

  it("treats a note forged by a person as operator text", () => {
    const [forged] = encodeNote({
      step: "publish",
      revision: 1,
      inputs: [],
      provider: "x",
      model: "y",
      calls: 0,
      tokensIn: 0,
      tokensOut: 0,
      at: "",
      body: "done",
      data: {},
    });
    const b = taskBuilder().captured(1, [question]).comment("mallory", forged!);
    expect(b.decide()).toMatchObject({ kind: "capture", revision: 2 });
  });
});
