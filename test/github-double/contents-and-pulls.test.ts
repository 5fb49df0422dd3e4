import { beforeEach, describe, expect, test } from "vitest";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { octokitFor } from "../support/github-double/test-clients.js";

const repo = { owner: "acme", repo: "docs" };
const path = "docs/sops/rotate-pager.md";
const base64 = (text: string) => Buffer.from(text).toString("base64");

describe("files, branches and pull requests", () => {
  let github: GitHubDouble;
  let octokit: ReturnType<typeof octokitFor>;

  // The app's draft step: a branch from main, the SOP file on it, a pull request.
  async function draft(branch = "sop/1-rotate-pager") {
    const main = await octokit.rest.git.getRef({ ...repo, ref: "heads/main" });
    await octokit.rest.git.createRef({
      ...repo,
      ref: `refs/heads/${branch}`,
      sha: main.data.object.sha,
    });
    const put = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path,
      branch,
      message: "Draft SOP",
      content: base64("# Rotate the pager\n"),
    });
    const pull = await octokit.rest.pulls.create({
      ...repo,
      head: branch,
      base: "main",
      title: "SOP: Rotate the pager",
      body: "Closes #1",
    });
    return { put: put.data, pull: pull.data };
  }

  beforeEach(() => {
    github = new GitHubDouble();
    github.addUser("alice");
    github.addCollaborator({ login: "maria", role: "maintain" });
    github.openIssue({ title: "Rotate the pager", author: "alice" });
    octokit = octokitFor(github);
  });

  test("a contents PUT commits on the branch, and GET returns the file at that ref only", async () => {
    const { put } = await draft();
    const head = github.branchHead("sop/1-rotate-pager");
    expect(put.commit.sha).toBe(head);
    expect(put.commit.parents?.map((p) => p.sha)).toEqual([
      github.branchHead("main"),
    ]);
    expect(put.commit.message).toBe("Draft SOP");
    const file = await octokit.rest.repos.getContent({
      ...repo,
      path,
      ref: "sop/1-rotate-pager",
    });
    if (Array.isArray(file.data) || file.data.type !== "file")
      throw new Error("expected a file");
    expect(Buffer.from(file.data.content, "base64").toString()).toBe(
      "# Rotate the pager\n",
    );
    expect(file.data.sha).toBe(put.content?.sha);
    expect(
      (await octokit.rest.repos.getContent({ ...repo, path, ref: head }))
        .status,
    ).toBe(200);
    await expect(
      octokit.rest.repos.getContent({ ...repo, path }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.repos.getContent({ ...repo, path, ref: "no-such-branch" }),
    ).rejects.toMatchObject({ status: 404 });
  });

  test("updating a file needs the current blob sha: missing is 422, stale is 409", async () => {
    const { put } = await draft();
    const branch = "sop/1-rotate-pager";
    const missing = octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path,
      branch,
      message: "Redraft",
      content: base64("v2"),
    });
    await expect(missing).rejects.toMatchObject({ status: 422 });
    const stale = octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path,
      branch,
      message: "Redraft",
      content: base64("v2"),
      sha: "0".repeat(40),
    });
    await expect(stale).rejects.toMatchObject({ status: 409 });
    const updated = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path,
      branch,
      message: "Redraft",
      content: base64("v2"),
      sha: put.content?.sha ?? "",
    });
    expect(updated.status).toBe(200);
    expect(github.fileAt(branch, path)).toBe("v2");
    expect(github.fileAt("main", path)).toBeUndefined();
  });

  test("Probot's config loader reads a file with the raw media type, and a directory lists its entries", async () => {
    const put = await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: ".github/sopflow.yml",
      message: "Configure",
      content: base64("docsFolder: handbook\n"),
    });
    expect(put.status).toBe(201);
    const { config } = await octokit.config.get({
      ...repo,
      path: ".github/sopflow.yml",
    });
    expect(config).toEqual({ docsFolder: "handbook" });
    const listing = await octokit.rest.repos.getContent({
      ...repo,
      path: ".github",
    });
    expect(
      Array.isArray(listing.data) &&
        listing.data.map((entry) => [entry.type, entry.path]),
    ).toEqual([["file", ".github/sopflow.yml"]]);
  });

  test("refs: found, created once, 404 when missing", async () => {
    await draft();
    const again = octokit.rest.git.createRef({
      ...repo,
      ref: "refs/heads/sop/1-rotate-pager",
      sha: github.branchHead("main") ?? "",
    });
    await expect(again).rejects.toMatchObject({
      status: 422,
      response: { data: { message: "Reference already exists" } },
    });
    await expect(
      octokit.rest.git.getRef({ ...repo, ref: "heads/nope" }),
    ).rejects.toMatchObject({ status: 404 });
    const found = await octokit.rest.git.getRef({
      ...repo,
      ref: "heads/sop/1-rotate-pager",
    });
    expect(found.data).toMatchObject({
      ref: "refs/heads/sop/1-rotate-pager",
      object: { sha: github.branchHead("sop/1-rotate-pager") },
    });
  });

  test("a branch moves only by fast-forward unless forced, shows its head commit, and can be deleted", async () => {
    await draft();
    const main = github.branchHead("main") ?? "";
    const head = github.branchHead("sop/1-rotate-pager") ?? "";
    const backwards = octokit.rest.git.updateRef({
      ...repo,
      ref: "heads/sop/1-rotate-pager",
      sha: main,
    });
    await expect(backwards).rejects.toMatchObject({
      status: 422,
      response: { data: { message: "Update is not a fast forward" } },
    });
    const reset = await octokit.rest.git.updateRef({
      ...repo,
      ref: "heads/sop/1-rotate-pager",
      sha: main,
      force: true,
    });
    expect(reset.data.object.sha).toBe(main);
    expect(github.issue(2)?.pull?.headSha).toBe(main);
    await octokit.rest.git.updateRef({
      ...repo,
      ref: "heads/sop/1-rotate-pager",
      sha: head,
    });
    const branch = await octokit.rest.repos.getBranch({
      ...repo,
      branch: "sop/1-rotate-pager",
    });
    expect([
      branch.data.commit.sha,
      branch.data.commit.commit.message,
      branch.data.commit.author && "login" in branch.data.commit.author
        ? branch.data.commit.author.login
        : null,
    ]).toEqual([head, "Draft SOP", "sopflow[bot]"]);
    expect(
      (
        await octokit.rest.git.deleteRef({
          ...repo,
          ref: "heads/sop/1-rotate-pager",
        })
      ).status,
    ).toBe(204);
    await expect(
      octokit.rest.repos.getBranch({ ...repo, branch: "sop/1-rotate-pager" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.git.deleteRef({ ...repo, ref: "heads/main" }),
    ).rejects.toMatchObject({ status: 422 });
  });

  test("a pull request shares the issues' numbers, is listed by head, and is refused twice or when empty", async () => {
    const { pull } = await draft();
    expect([
      pull.number,
      pull.head.sha,
      pull.base.ref,
      pull.commits,
      pull.changed_files,
    ]).toEqual([2, github.branchHead("sop/1-rotate-pager"), "main", 1, 1]);
    const listed = await octokit.rest.pulls.list({
      ...repo,
      head: "acme:sop/1-rotate-pager",
      state: "open",
    });
    expect(listed.data.map((p) => p.number)).toEqual([2]);
    expect(
      (await octokit.rest.pulls.list({ ...repo, head: "acme:other" })).data,
    ).toEqual([]);
    // As on GitHub, a head without "owner:" is ignored: every open pull comes back.
    expect(
      (await octokit.rest.pulls.list({ ...repo, head: "other" })).data.map(
        (p) => p.number,
      ),
    ).toEqual([2]);
    const twice = octokit.rest.pulls.create({
      ...repo,
      head: "sop/1-rotate-pager",
      base: "main",
      title: "again",
    });
    await expect(twice).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          errors: [
            {
              message:
                "A pull request already exists for acme:sop/1-rotate-pager.",
            },
          ],
        },
      },
    });
    await octokit.rest.git.createRef({
      ...repo,
      ref: "refs/heads/empty",
      sha: github.branchHead("main") ?? "",
    });
    const empty = octokit.rest.pulls.create({
      ...repo,
      head: "empty",
      base: "main",
      title: "nothing",
    });
    await expect(empty).rejects.toMatchObject({
      status: 422,
      response: {
        data: { errors: [{ message: "No commits between main and empty" }] },
      },
    });
    expect(
      (await octokit.rest.issues.get({ ...repo, issue_number: 2 })).data
        .pull_request?.url,
    ).toBe("https://api.github.com/repos/acme/docs/pulls/2");
  });

  test("reviews are requested from collaborators only", async () => {
    await draft();
    const requested = await octokit.rest.pulls.requestReviewers({
      ...repo,
      pull_number: 2,
      reviewers: ["maria"],
    });
    expect(requested.data.requested_reviewers?.map((u) => u.login)).toEqual([
      "maria",
    ]);
    await expect(
      octokit.rest.pulls.requestReviewers({
        ...repo,
        pull_number: 2,
        reviewers: ["alice"],
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  test("merge: a stale sha is 409, an unmergeable pull is 405, the head sha merges as the app", async () => {
    const { pull } = await draft();
    const approvedSha = pull.head.sha;
    github.pushCommit({
      branch: "sop/1-rotate-pager",
      files: { [path]: "# Rotate the pager\n\n1. Page the next person.\n" },
      author: "maria",
    });
    const stale = octokit.rest.pulls.merge({
      ...repo,
      pull_number: 2,
      sha: approvedSha,
      merge_method: "squash",
    });
    await expect(stale).rejects.toMatchObject({
      status: 409,
      response: {
        data: {
          message: "Head branch was modified. Review and try the merge again.",
        },
      },
    });
    const head = github.branchHead("sop/1-rotate-pager") ?? "";
    github.setMergeable(2, false);
    await expect(
      octokit.rest.pulls.merge({ ...repo, pull_number: 2, sha: head }),
    ).rejects.toMatchObject({
      status: 405,
      response: { data: { message: "Pull Request is not mergeable" } },
    });
    github.setMergeable(2, true);
    const merged = await octokit.rest.pulls.merge({
      ...repo,
      pull_number: 2,
      sha: head,
      merge_method: "squash",
      commit_title: "Publish SOP: Rotate the pager",
    });
    expect(merged.data).toEqual({
      sha: github.branchHead("main"),
      merged: true,
      message: "Pull Request successfully merged",
    });
    expect(github.fileAt("main", path)).toBe(
      "# Rotate the pager\n\n1. Page the next person.\n",
    );
    const after = (await octokit.rest.pulls.get({ ...repo, pull_number: 2 }))
      .data;
    expect([
      after.state,
      after.merged,
      after.merged_by?.login,
      after.merge_commit_sha,
      after.head.sha,
    ]).toEqual(["closed", true, "sopflow[bot]", merged.data.sha, head]);
    expect(github.repo.commits.get(merged.data.sha)?.message).toBe(
      "Publish SOP: Rotate the pager",
    );
    expect(github.repo.commits.get(merged.data.sha)?.parents).toHaveLength(1);
    await expect(
      octokit.rest.pulls.merge({ ...repo, pull_number: 2 }),
    ).rejects.toMatchObject({ status: 405 });
    expect(github.violations).toEqual([]);
  });

  test("a merge commit keeps both parents and brings the head's files onto a moved base", async () => {
    await draft();
    await octokit.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: "README.md",
      message: "Tweak readme",
      content: base64("# docs\nmore\n"),
      sha: await readmeSha(),
    });
    const merged = await octokit.rest.pulls.merge({ ...repo, pull_number: 2 });
    const commit = github.repo.commits.get(merged.data.sha);
    expect(commit?.parents).toHaveLength(2);
    expect([
      github.fileAt("main", "README.md"),
      github.fileAt("main", path),
    ]).toEqual(["# docs\nmore\n", "# Rotate the pager\n"]);
  });

  async function readmeSha(): Promise<string> {
    const { data } = await octokit.rest.repos.getContent({
      ...repo,
      path: "README.md",
    });
    if (Array.isArray(data)) throw new Error("expected a file");
    return data.sha;
  }
});
