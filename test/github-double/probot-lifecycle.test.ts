import type { Probot } from "probot";
import { beforeEach, describe, expect, test } from "vitest";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { probotFor } from "../support/github-double/test-clients.js";

// A miniature of the real app, enough to drive a task across several deliveries.
function miniApp(app: Probot): void {
  app.on("issues.opened", async (context) => {
    const config = await context.config<{ docsFolder: string }>("sopflow.yml", {
      docsFolder: "docs/sops",
    });
    await context.octokit.rest.issues.addLabels(
      context.issue({ labels: ["sop: capturing"] }),
    );
    await context.octokit.rest.issues.createComment(
      context.issue({
        body: `Capturing; the SOP will live in ${config?.docsFolder}.`,
      }),
    );
  });
  app.on("issue_comment.created", async (context) => {
    if (context.isBot || context.payload.comment.body.trim() !== "/sop draft")
      return;
    const { number } = context.payload.issue;
    const branch = `sop/${number}`;
    const main = await context.octokit.rest.git.getRef(
      context.repo({ ref: "heads/main" }),
    );
    await context.octokit.rest.git.createRef(
      context.repo({ ref: `refs/heads/${branch}`, sha: main.data.object.sha }),
    );
    const content = Buffer.from(`# ${context.payload.issue.title}\n`).toString(
      "base64",
    );
    await context.octokit.rest.repos.createOrUpdateFileContents(
      context.repo({
        path: `handbook/${number}.md`,
        branch,
        message: "Draft SOP",
        content,
      }),
    );
    await context.octokit.rest.pulls.create(
      context.repo({
        head: branch,
        base: "main",
        title: `SOP: ${context.payload.issue.title}`,
        body: `Closes #${number}`,
      }),
    );
    await context.octokit.rest.issues.setLabels(
      context.issue({ labels: ["sop: awaiting approval"] }),
    );
  });
  app.on("pull_request_review.submitted", async (context) => {
    const { review, pull_request: pull } = context.payload;
    if (review.state !== "approved" || review.commit_id === null) return;
    const { data } =
      await context.octokit.rest.repos.getCollaboratorPermissionLevel(
        context.repo({ username: review.user?.login ?? "" }),
      );
    if (!["admin", "write"].includes(data.permission)) return;
    await context.octokit.rest.pulls.merge(
      context.repo({
        pull_number: pull.number,
        sha: review.commit_id,
        merge_method: "squash",
      }),
    );
  });
}

describe("Probot drives a whole task through the double", () => {
  let github: GitHubDouble;
  let probot: Probot;

  beforeEach(async () => {
    github = new GitHubDouble({
      repo: {
        files: {
          "README.md": "# docs\n",
          ".github/sopflow.yml": "docsFolder: handbook\n",
        },
      },
    });
    github.addUser("alice");
    github.addCollaborator({ login: "maria", role: "maintain" });
    github.addCollaborator({ login: "tom", role: "triage" });
    probot = probotFor(github);
    await probot.load(miniApp);
  });

  test("open → draft → a triager's approval is ignored → a maintainer's approval merges the reviewed sha", async () => {
    await probot.receive(
      github.openIssue({
        title: "Rotate the pager",
        author: "alice",
        labels: ["sop"],
      }),
    );
    expect(github.issue(1)?.labels).toEqual(["sop", "sop: capturing"]);
    expect(github.issue(1)?.comments.map((c) => [c.author, c.body])).toEqual([
      ["sopflow[bot]", "Capturing; the SOP will live in handbook."],
    ]);

    await probot.receive(
      github.comment({ issue: 1, author: "alice", body: "/sop draft" }),
    );
    expect(github.issue(2)?.pull?.head).toBe("sop/1");
    expect(github.fileAt("sop/1", "handbook/1.md")).toBe(
      "# Rotate the pager\n",
    );
    expect(github.issue(1)?.labels).toEqual(["sop: awaiting approval"]);

    await probot.receive(
      github.submitReview({ pull: 2, author: "tom", state: "approved" }),
    );
    expect(github.issue(2)?.pull?.merged).toBe(false);

    await probot.receive(
      github.submitReview({ pull: 2, author: "maria", state: "approved" }),
    );
    expect(github.issue(2)?.pull).toMatchObject({
      merged: true,
      mergedBy: "sopflow[bot]",
    });
    expect(github.fileAt("main", "handbook/1.md")).toBe("# Rotate the pager\n");

    expect(github.writes().map((c) => c.operationId)).toEqual([
      "issues/add-labels",
      "issues/create-comment",
      "git/create-ref",
      "repos/create-or-update-file-contents",
      "pulls/create",
      "issues/set-labels",
      "pulls/merge",
    ]);
    expect(
      github.calls.filter(
        (c) => c.operationId === "apps/create-installation-access-token",
      ).length,
    ).toBeGreaterThan(0);
    expect(github.violations).toEqual([]);
  });

  test("a push after approval makes the merge of the approved sha fail with 409, and the handler's error reaches receive", async () => {
    await probot.receive(
      github.openIssue({ title: "Rotate the pager", author: "alice" }),
    );
    await probot.receive(
      github.comment({ issue: 1, author: "alice", body: "/sop draft" }),
    );
    const approval = github.submitReview({
      pull: 2,
      author: "maria",
      state: "approved",
    });
    github.pushCommit({
      branch: "sop/1",
      files: { "handbook/1.md": "# Rotate the pager\n\nsneaky\n" },
      author: "tom",
    });
    await expect(probot.receive(approval)).rejects.toThrow(
      /Head branch was modified/,
    );
    expect(github.issue(2)?.pull?.merged).toBe(false);
    expect(github.violations).toEqual([]);
  });

  test("the Action-style token works too, and acts as whoever the double says the caller is", async () => {
    const actions = new GitHubDouble({ caller: "github-actions[bot]" });
    actions.addUser("alice");
    const viaToken = probotFor(actions, { githubToken: "ghs_workflow" });
    await viaToken.load(miniApp);
    await viaToken.receive(
      actions.openIssue({ title: "Rotate the pager", author: "alice" }),
    );
    expect(actions.issue(1)?.comments[0]?.author).toBe("github-actions[bot]");
    expect(
      actions.calls.some(
        (c) => c.operationId === "apps/create-installation-access-token",
      ),
    ).toBe(false);
  });
});
