import { beforeEach, describe, expect, test } from "vitest";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { octokitFor } from "../support/github-double/test-clients.js";

const repo = { owner: "acme", repo: "docs" };

describe("human actions change the double and return the webhook GitHub would send", () => {
  let github: GitHubDouble;
  let octokit: ReturnType<typeof octokitFor>;

  beforeEach(() => {
    github = new GitHubDouble();
    github.addUser("alice");
    github.addCollaborator({ login: "maria", role: "maintain" });
    octokit = octokitFor(github);
  });

  async function openPullAsApp() {
    const main = github.branchHead("main") ?? "";
    await octokit.rest.git.createRef({
      ...repo,
      ref: "refs/heads/sop/1-x",
      sha: main,
    });
    await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: "docs/sops/x.md",
      branch: "sop/1-x",
      message: "Draft",
      content: Buffer.from("# X\n").toString("base64"),
    });
    return (
      await octokit.rest.pulls.create({
        ...repo,
        head: "sop/1-x",
        base: "main",
        title: "SOP: X",
      })
    ).data;
  }

  test("opening an issue: the payload carries the stored issue, the sender, the repository and the installation", async () => {
    const event = github.openIssue({
      title: "Rotate the pager",
      body: "### Process name\n\nPager rotation",
      author: "alice",
      labels: ["sop"],
    });
    expect([event.name, event.payload.action]).toEqual(["issues", "opened"]);
    const stored = github.issue(1);
    expect([
      event.payload.issue.id,
      event.payload.issue.number,
      event.payload.issue.title,
    ]).toEqual([stored?.id, 1, "Rotate the pager"]);
    expect(event.payload.issue.labels?.map((l) => l.name)).toEqual(["sop"]);
    expect([
      event.payload.sender.login,
      event.payload.repository.full_name,
      event.payload.installation?.id,
    ]).toEqual(["alice", "acme/docs", 7007]);
    expect(event.payload.organization?.login).toBe("acme");
    const { data } = await octokit.rest.issues.get({
      ...repo,
      issue_number: 1,
    });
    expect(data.id).toBe(event.payload.issue.id);
  });

  test("labels, edits, closing and reopening are reflected in payload and state", () => {
    github.openIssue({ title: "Rotate the pager", author: "alice" });
    const labeled = github.labelIssue({
      issue: 1,
      label: "sop",
      author: "maria",
    });
    expect([
      labeled.payload.action,
      labeled.payload.label?.name,
      labeled.payload.issue.labels?.map((l) => l.name),
    ]).toEqual(["labeled", "sop", ["sop"]]);
    const unlabeled = github.removeLabel({
      issue: 1,
      label: "sop",
      author: "maria",
    });
    expect([unlabeled.payload.action, github.issue(1)?.labels]).toEqual([
      "unlabeled",
      [],
    ]);
    const edited = github.editIssue({
      issue: 1,
      author: "alice",
      title: "Rotate the on-call pager",
    });
    expect([
      edited.payload.changes.title?.from,
      edited.payload.issue.title,
    ]).toEqual(["Rotate the pager", "Rotate the on-call pager"]);
    const closed = github.closeIssue({
      issue: 1,
      author: "alice",
      reason: "not_planned",
    });
    expect([
      closed.payload.action,
      closed.payload.issue.state,
      closed.payload.issue.state_reason,
    ]).toEqual(["closed", "closed", "not_planned"]);
    const reopened = github.reopenIssue({ issue: 1, author: "alice" });
    expect([reopened.payload.action, reopened.payload.issue.state]).toEqual([
      "reopened",
      "open",
    ]);
  });

  test("comments: created, edited and deleted by people, each delivery with its own id", async () => {
    github.openIssue({ title: "Rotate the pager", author: "alice" });
    const created = github.comment({
      issue: 1,
      author: "alice",
      body: "Also check the escalation list.",
    });
    const listed = (
      await octokit.rest.issues.listComments({ ...repo, issue_number: 1 })
    ).data;
    expect(listed.map((c) => [c.id, c.body])).toEqual([
      [created.payload.comment.id, "Also check the escalation list."],
    ]);
    expect(created.payload.issue.comments).toBe(1);
    const edited = github.editComment({
      comment: created.payload.comment.id,
      author: "alice",
      body: "Check the escalation list first.",
    });
    expect([
      edited.payload.changes.body?.from,
      edited.payload.comment.body,
    ]).toEqual([
      "Also check the escalation list.",
      "Check the escalation list first.",
    ]);
    const deleted = github.deleteComment({
      comment: created.payload.comment.id,
      author: "maria",
    });
    expect([
      deleted.payload.action,
      deleted.payload.comment.id,
      deleted.payload.sender.login,
    ]).toEqual(["deleted", created.payload.comment.id, "maria"]);
    expect(
      (await octokit.rest.issues.listComments({ ...repo, issue_number: 1 }))
        .data,
    ).toEqual([]);
    expect(new Set([created.id, edited.id, deleted.id]).size).toBe(3);
  });

  test("a bot's comment comes from a Bot sender", () => {
    github.addBot("renovate");
    github.openIssue({ title: "Rotate the pager", author: "alice" });
    const event = github.comment({
      issue: 1,
      author: "renovate[bot]",
      body: "/sop draft",
    });
    expect([
      event.payload.sender.login,
      event.payload.sender.type,
      event.payload.comment.user?.type,
    ]).toEqual(["renovate[bot]", "Bot", "Bot"]);
  });

  test("a review: lowercase state and the reviewed sha in the webhook, uppercase over REST, line comments stored", async () => {
    github.openIssue({ title: "Rotate the pager", author: "alice" });
    const pull = await openPullAsApp();
    const event = github.submitReview({
      pull: pull.number,
      author: "maria",
      state: "approved",
      body: "Looks right",
      comments: [{ path: "docs/sops/x.md", line: 1, body: "Title ok" }],
    });
    expect([
      event.payload.action,
      event.payload.review.state,
      event.payload.review.commit_id,
      event.payload.pull_request.number,
    ]).toEqual(["submitted", "approved", pull.head.sha, 2]);
    const reviews = (
      await octokit.rest.pulls.listReviews({ ...repo, pull_number: 2 })
    ).data;
    expect(
      reviews.map((r) => [r.id, r.state, r.user?.login, r.commit_id]),
    ).toEqual([[event.payload.review.id, "APPROVED", "maria", pull.head.sha]]);
    const lines = (
      await octokit.rest.pulls.listReviewComments({ ...repo, pull_number: 2 })
    ).data;
    expect(
      lines.map((c) => [
        c.path,
        c.line,
        c.commit_id,
        c.pull_request_review_id,
        c.body,
      ]),
    ).toEqual([
      ["docs/sops/x.md", 1, pull.head.sha, event.payload.review.id, "Title ok"],
    ]);
    const dismissed = github.dismissReview({
      pull: 2,
      review: event.payload.review.id,
      author: "maria",
    });
    expect([dismissed.payload.action, dismissed.payload.review.state]).toEqual([
      "dismissed",
      "dismissed",
    ]);
    expect(() =>
      github.submitReview({
        pull: 2,
        author: "sopflow[bot]",
        state: "approved",
      }),
    ).toThrow(/own pull request/);
  });

  test("a push to the pull's branch moves its head and reports before and after", async () => {
    github.openIssue({ title: "Rotate the pager", author: "alice" });
    const pull = await openPullAsApp();
    const event = github.pushCommit({
      branch: "sop/1-x",
      files: { "docs/sops/x.md": "# X\n\n1. Do it.\n" },
      author: "maria",
    });
    expect([
      event.payload.action,
      event.payload.before,
      event.payload.after,
      event.payload.pull_request.head.sha,
    ]).toEqual([
      "synchronize",
      pull.head.sha,
      github.branchHead("sop/1-x"),
      github.branchHead("sop/1-x"),
    ]);
    expect(
      (await octokit.rest.pulls.get({ ...repo, pull_number: 2 })).data.head.sha,
    ).toBe(event.payload.after);
  });

  test("a person merges or closes a pull: pull_request.closed says which", async () => {
    github.openIssue({ title: "Rotate the pager", author: "alice" });
    await openPullAsApp();
    const merged = github.mergePullByHuman({ pull: 2, author: "maria" });
    expect([
      merged.payload.action,
      merged.payload.pull_request.merged,
      merged.payload.pull_request.merged_by?.login,
    ]).toEqual(["closed", true, "maria"]);
    expect(github.fileAt("main", "docs/sops/x.md")).toBe("# X\n");
    await octokit.rest.git.createRef({
      ...repo,
      ref: "refs/heads/sop/3-y",
      sha: github.branchHead("sop/1-x") ?? "",
    });
    await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: "docs/sops/y.md",
      branch: "sop/3-y",
      message: "Draft",
      content: "IyBZCg==",
    });
    await octokit.rest.pulls.create({
      ...repo,
      head: "sop/3-y",
      base: "main",
      title: "SOP: Y",
    });
    const closed = github.closePull({ pull: 3, author: "alice" });
    expect([
      closed.payload.action,
      closed.payload.pull_request.merged,
      closed.payload.pull_request.state,
    ]).toEqual(["closed", false, "closed"]);
    expect(github.violations).toEqual([]);
  });
});
