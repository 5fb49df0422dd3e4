import { afterEach, describe, expect, it } from "vitest";
import type { TaskSnapshot } from "../../src/core/ports/forge.js";
import { BOT, draftNote, forgeFixture, SOP_PATH } from "./forge-fixture.js";
import { loadTask } from "../../src/core/workflow/load-task.js";

let fixture = forgeFixture();
afterEach(() => {
  fixture.double.assertValid();
  fixture = forgeFixture();
});

describe("the GitHub forge reads a task", () => {
  it("loads the issue and every comment, telling the app, other bots and people apart, without looking for a pull request", async () => {
    const { double, issueNumber, makeForge, requests } = fixture;
    double.addBot("helper");
    for (let i = 0; i < 101; i++)
      double.comment({
        issue: issueNumber,
        author: "dana",
        body: `comment ${i}`,
      });
    double.comment({ issue: issueNumber, author: "helper[bot]", body: "beep" });
    const replier = makeForge();
    await replier.comment("a reply");
    await replier.flush();

    const forge = makeForge();
    let snapshot: TaskSnapshot | undefined;
    const made = await requests(async () => (snapshot = await loadTask(forge)));
    expect(made.sort()).toEqual([
      "GET /repos/{owner}/{repo}",
      "GET /repos/{owner}/{repo}/issues/{issue_number}",
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    ]);
    expect(snapshot).toMatchObject({
      number: issueNumber,
      title: "SOP: Refund a customer",
      author: "dana",
      open: true,
      labels: ["sop", "bug"],
      baseBranch: "main",
      pull: null,
      url: `https://github.com/acme/docs/issues/${issueNumber}`,
    });
    const comments = snapshot!.comments;
    expect(comments).toHaveLength(103);
    expect(comments.slice(-2).map((c) => [c.author, c.authorKind])).toEqual([
      ["helper[bot]", "bot"],
      [BOT, "self"],
    ]);
    expect(comments[0]).toMatchObject({
      author: "dana",
      authorKind: "human",
      body: "comment 0",
    });
  });

  it("uses the repository facts it was given instead of asking", async () => {
    const { makeForge, requests } = fixture;
    const forge = makeForge({
      docsInfo: {
        defaultBranch: "trunk",
        htmlUrl: "https://github.com/acme/docs",
      },
    });
    const made = await requests(() => loadTask(forge));
    expect(made).not.toContain("GET /repos/{owner}/{repo}");
    expect((await loadTask(forge)).baseBranch).toBe("trunk");
  });

  it("finds the pull request the draft note names, with its reviews, and reads inline comments only when a review can carry feedback", async () => {
    const { double, makeForge, requests } = fixture;
    const writer = makeForge();
    const commit = await writer.commitFile({
      branch: "sopflow/1-refund",
      base: "main",
      path: SOP_PATH,
      content: "# Refund\n",
      message: "draft",
    });
    const pull = await writer.openPull({
      branch: "sopflow/1-refund",
      base: "main",
      title: "SOP: Refund",
      body: "body",
    });
    await writer.comment(
      draftNote({
        path: SOP_PATH,
        branch: "sopflow/1-refund",
        commit,
        pull: pull.number,
        title: "Refund",
      }),
    );
    await writer.flush();
    double.addCollaborator({ login: "mo", role: "maintain" });
    const approval = double.submitReview({
      pull: pull.number,
      author: "mo",
      state: "approved",
    });

    let loaded = await loadTask(makeForge());
    const first = await requests(
      async () => (loaded = await loadTask(makeForge())),
    );
    expect(first).not.toContain(
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
    );
    expect(loaded.pull).toMatchObject({
      number: pull.number,
      branch: "sopflow/1-refund",
      headSha: commit,
      state: "open",
      mergeSha: null,
    });
    expect(loaded.pull?.reviews).toEqual([
      {
        id: String(approval.payload.review.id),
        author: "mo",
        authorKind: "human",
        state: "approved",
        commitId: commit,
        body: "",
        submittedAt: expect.any(String),
      },
    ]);

    double.dismissReview({
      pull: pull.number,
      review: approval.payload.review.id,
      author: "mo",
    });
    double.submitReview({
      pull: pull.number,
      author: "mo",
      state: "changes_requested",
      body: "More",
      comments: [{ path: SOP_PATH, line: 1, body: "Add step: Refund it" }],
    });
    const second = await requests(
      async () => (loaded = await loadTask(makeForge())),
    );
    expect(second).toContain(
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
    );
    expect(loaded.pull?.reviews.map((r) => r.state)).toEqual([
      "dismissed",
      "changes_requested",
    ]);
    expect(loaded.pull?.reviewComments).toEqual([
      {
        id: expect.any(String),
        reviewId: loaded.pull?.reviews[1]?.id,
        author: "mo",
        authorKind: "human",
        body: "Add step: Refund it",
        path: SOP_PATH,
        line: 1,
        createdAt: expect.any(String),
      },
    ]);
  });

  it("reads a file at a ref, null when it is not there, each only once per run", async () => {
    const { makeForge, requests } = fixture;
    const forge = makeForge();
    expect(await forge.readFile("main", "README.md")).toBe("# docs\n");
    expect(await forge.readFile("main", SOP_PATH)).toBeNull();
    expect(
      await requests(async () => [
        await forge.readFile("main", "README.md"),
        await forge.readFile("main", SOP_PATH),
      ]),
    ).toEqual([]);
  });

  it("reads roles from role_name and team membership from the team", async () => {
    const { double, makeForge } = fixture;
    double.addCollaborator({ login: "mo", role: "maintain" });
    double.addCollaborator({ login: "tri", role: "triage" });
    double.addCollaborator({
      login: "cus",
      role: "docs-editor",
      basePermission: "write",
    });
    double.addTeamMember({ team: "sop-approvers", login: "tri" });
    const forge = makeForge();
    expect(await forge.roleOf("mo")).toEqual({
      roleName: "maintain",
      permission: "write",
    });
    expect(await forge.roleOf("tri")).toEqual({
      roleName: "triage",
      permission: "read",
    });
    expect(await forge.roleOf("cus")).toEqual({
      roleName: "docs-editor",
      permission: "write",
    });
    expect(await forge.roleOf("nobody-at-all")).toEqual({
      roleName: "none",
      permission: "none",
    });
    expect(
      await forge.isTeamMember({ team: "sop-approvers", user: "tri" }),
    ).toBe(true);
    expect(
      await forge.isTeamMember({ team: "acme/sop-approvers", user: "tri" }),
    ).toBe(true);
    expect(
      await forge.isTeamMember({ team: "sop-approvers", user: "mo" }),
    ).toBe(false);
  });

  it("links a file at a commit on the docs repository's page", () => {
    const forge = fixture.makeForge({
      docsRepo: { owner: "acme", repo: "handbook" },
    });
    expect(forge.permalink({ sha: "abc123", path: "docs/sops/a b.md" })).toBe(
      "https://github.com/acme/handbook/blob/abc123/docs/sops/a%20b.md",
    );
  });

  it("says what it was doing when GitHub fails, with GitHub's error as the cause", async () => {
    const { double, makeForge } = fixture;
    double.failNext({ route: "issues/get", status: 502 });
    const error = await loadTask(makeForge()).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^Could not read issue acme\/docs#1: /,
    );
    expect(((error as Error).cause as { status?: number }).status).toBe(502);
  });
});
