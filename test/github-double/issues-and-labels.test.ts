import { beforeEach, describe, expect, test } from "vitest";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { octokitFor } from "../support/github-double/test-clients.js";

const repo = { owner: "acme", repo: "docs" };

describe("issues, comments and labels", () => {
  let github: GitHubDouble;
  let octokit: ReturnType<typeof octokitFor>;

  beforeEach(() => {
    github = new GitHubDouble();
    github.addUser("alice");
    github.openIssue({
      title: "Rotate the on-call pager",
      body: "We hand over on Mondays.",
      author: "alice",
      labels: ["sop"],
    });
    octokit = octokitFor(github);
  });

  test("comments page with a Link header that octokit.paginate follows to the end", async () => {
    for (let n = 1; n <= 7; n += 1)
      github.comment({ issue: 1, author: "alice", body: `answer ${n}` });
    const first = await octokit.rest.issues.listComments({
      ...repo,
      issue_number: 1,
      per_page: 3,
    });
    expect(first.data.map((c) => c.body)).toEqual([
      "answer 1",
      "answer 2",
      "answer 3",
    ]);
    expect(first.headers.link).toBe(
      '<https://api.github.com/repos/acme/docs/issues/1/comments?per_page=3&page=2>; rel="next", <https://api.github.com/repos/acme/docs/issues/1/comments?per_page=3&page=3>; rel="last"',
    );
    const last = await octokit.rest.issues.listComments({
      ...repo,
      issue_number: 1,
      per_page: 3,
      page: 3,
    });
    expect(last.data.map((c) => c.body)).toEqual(["answer 7"]);
    expect(last.headers.link).toContain('rel="prev"');
    expect(last.headers.link).not.toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 1,
      per_page: 3,
    });
    expect(all.map((c) => c.body)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `answer ${n}`),
    );
    expect(
      github.calls.filter((c) => c.operationId === "issues/list-comments"),
    ).toHaveLength(5);
  });

  test("a comment is posted as the app's bot, edited, and deleted", async () => {
    const { data: posted } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: "<!-- sopflow:note -->\nCapture",
    });
    expect([posted.user?.login, posted.user?.type, posted.issue_url]).toEqual([
      "sopflow[bot]",
      "Bot",
      "https://api.github.com/repos/acme/docs/issues/1",
    ]);
    const { data: edited } = await octokit.rest.issues.updateComment({
      ...repo,
      comment_id: posted.id,
      body: "Capture v2",
    });
    expect(edited.body).toBe("Capture v2");
    expect(edited.updated_at > posted.updated_at).toBe(true);
    const removed = await octokit.rest.issues.deleteComment({
      ...repo,
      comment_id: posted.id,
    });
    expect(removed.status).toBe(204);
    await expect(
      octokit.rest.issues.deleteComment({ ...repo, comment_id: posted.id }),
    ).rejects.toMatchObject({ status: 404 });
    expect(github.issue(1)?.comments).toEqual([]);
  });

  test("a comment longer than 65,536 characters is refused like GitHub does", async () => {
    const atLimit = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: "x".repeat(65_536),
    });
    expect(atLimit.status).toBe(201);
    const tooLong = octokit.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: "x".repeat(65_537),
    });
    await expect(tooLong).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          errors: [
            { message: "body is too long (maximum is 65536 characters)" },
          ],
        },
      },
    });
    expect(github.issue(1)?.comments).toHaveLength(1);
  });

  test("closing an issue records who, when and why", async () => {
    const { data } = await octokit.rest.issues.update({
      ...repo,
      issue_number: 1,
      state: "closed",
      state_reason: "not_planned",
    });
    expect([data.state, data.state_reason, data.closed_by?.login]).toEqual([
      "closed",
      "not_planned",
      "sopflow[bot]",
    ]);
    expect(data.closed_at).not.toBeNull();
  });

  test("labels are added, set, removed, and created on first use", async () => {
    const added = await octokit.rest.issues.addLabels({
      ...repo,
      issue_number: 1,
      labels: ["sop: capturing"],
    });
    expect(added.data.map((l) => l.name)).toEqual(["sop", "sop: capturing"]);
    const set = await octokit.rest.issues.setLabels({
      ...repo,
      issue_number: 1,
      labels: ["sop", "sop: drafting"],
    });
    expect(set.data.map((l) => l.name)).toEqual(["sop", "sop: drafting"]);
    const removed = await octokit.rest.issues.removeLabel({
      ...repo,
      issue_number: 1,
      name: "sop: drafting",
    });
    expect(removed.data.map((l) => l.name)).toEqual(["sop"]);
    await expect(
      octokit.rest.issues.removeLabel({
        ...repo,
        issue_number: 1,
        name: "sop: drafting",
      }),
    ).rejects.toMatchObject({
      status: 404,
      response: { data: { message: "Label does not exist" } },
    });
    const cleared = await octokit.rest.issues.setLabels({
      ...repo,
      issue_number: 1,
      labels: [],
    });
    expect(cleared.data).toEqual([]);
    expect(
      (await octokit.rest.issues.getLabel({ ...repo, name: "sop: drafting" }))
        .data.color,
    ).toBe("ededed");
  });

  test("a repository label is found, created once, and missing ones are 404", async () => {
    await expect(
      octokit.rest.issues.getLabel({ ...repo, name: "sop: published" }),
    ).rejects.toMatchObject({ status: 404 });
    const created = await octokit.rest.issues.createLabel({
      ...repo,
      name: "sop: published",
      color: "0e8a16",
      description: "Published SOP",
    });
    expect(created.status).toBe(201);
    expect(
      (await octokit.rest.issues.getLabel({ ...repo, name: "SOP: Published" }))
        .data.description,
    ).toBe("Published SOP");
    const again = octokit.rest.issues.createLabel({
      ...repo,
      name: "sop: published",
    });
    await expect(again).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ code: "already_exists" }] } },
    });
  });

  test("GitHub's label limits hold: 50 characters per name", async () => {
    const call = octokit.rest.issues.addLabels({
      ...repo,
      issue_number: 1,
      labels: ["x".repeat(51)],
    });
    await expect(call).rejects.toMatchObject({ status: 422 });
    expect(github.issue(1)?.labels).toEqual(["sop"]);
  });

  test("an unknown issue or repository is 404", async () => {
    await expect(
      octokit.rest.issues.get({ ...repo, issue_number: 99 }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.issues.get({ owner: "acme", repo: "nope", issue_number: 1 }),
    ).rejects.toMatchObject({ status: 404 });
    expect(github.violations).toEqual([]);
  });
});
