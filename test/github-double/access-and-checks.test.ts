import { beforeEach, describe, expect, test } from "vitest";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { octokitFor } from "../support/github-double/test-clients.js";

const repo = { owner: "acme", repo: "docs" };

describe("who may do what, and check runs", () => {
  let github: GitHubDouble;
  let octokit: ReturnType<typeof octokitFor>;

  beforeEach(() => {
    github = new GitHubDouble();
    octokit = octokitFor(github);
  });

  test.each([
    ["admin", "admin", "admin"],
    ["maintain", "write", "maintain"],
    ["write", "write", "write"],
    ["triage", "read", "triage"],
    ["read", "read", "read"],
  ])(
    "a collaborator with role %s has legacy permission %s",
    async (role, permission, roleName) => {
      github.addCollaborator({ login: "maria", role });
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
        ...repo,
        username: "maria",
      });
      expect([data.permission, data.role_name, data.user?.role_name]).toEqual([
        permission,
        roleName,
        roleName,
      ]);
    },
  );

  test("a custom role reports its name and its base role's permission", async () => {
    github.addCollaborator({
      login: "sam",
      role: "sop-approver",
      basePermission: "write",
    });
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: "sam",
    });
    expect([
      data.permission,
      data.role_name,
      data.user?.permissions?.push,
    ]).toEqual(["write", "sop-approver", true]);
  });

  test("a stranger reads a public repository, sees nothing of a private one, and an unknown login is 404", async () => {
    github.addUser("stranger");
    const open = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: "stranger",
    });
    expect([open.data.permission, open.data.role_name]).toEqual([
      "read",
      "read",
    ]);
    const closed = new GitHubDouble({ repo: { private: true } });
    closed.addUser("stranger");
    const hidden = await octokitFor(
      closed,
    ).rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: "stranger",
    });
    expect([hidden.data.permission, hidden.data.role_name]).toEqual([
      "none",
      "none",
    ]);
    await expect(
      octokit.rest.repos.getCollaboratorPermissionLevel({
        ...repo,
        username: "ghost",
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  test("team membership is found for members and 404 for everyone else", async () => {
    github.addTeamMember({
      team: "sop-approvers",
      login: "lee",
      role: "maintainer",
    });
    const { data } = await octokit.rest.teams.getMembershipForUserInOrg({
      org: "acme",
      team_slug: "sop-approvers",
      username: "lee",
    });
    expect([data.role, data.state]).toEqual(["maintainer", "active"]);
    await expect(
      octokit.rest.teams.getMembershipForUserInOrg({
        org: "acme",
        team_slug: "sop-approvers",
        username: "maria",
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  test("the app, its installation and the repository describe themselves", async () => {
    expect((await octokit.rest.apps.getAuthenticated()).data).toMatchObject({
      slug: "sopflow",
      id: github.world.app.id,
    });
    expect(
      (await octokit.rest.apps.getRepoInstallation(repo)).data,
    ).toMatchObject({
      id: 7007,
      app_slug: "sopflow",
      account: { login: "acme" },
    });
    expect((await octokit.rest.repos.get(repo)).data).toMatchObject({
      full_name: "acme/docs",
      default_branch: "main",
      private: false,
    });
  });

  test("a check run is created on a commit, gets more annotations on update, and is listed for the ref", async () => {
    const sha = github.branchHead("main") ?? "";
    const note = (line: number) => ({
      path: "docs/sops/x.md",
      start_line: line,
      end_line: line,
      annotation_level: "warning" as const,
      message: `Unexpected placeholder, expected text (line ${line})`,
    });
    const created = await octokit.rest.checks.create({
      ...repo,
      name: "sopflow/walkthrough",
      head_sha: sha,
      status: "in_progress",
      output: {
        title: "Walkthrough",
        summary: "2 findings",
        annotations: [note(1)],
      },
    });
    expect([
      created.status,
      created.data.status,
      created.data.conclusion,
      created.data.output.annotations_count,
    ]).toEqual([201, "in_progress", null, 1]);
    const updated = await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: "failure",
      output: {
        title: "Walkthrough",
        summary: "2 findings",
        annotations: [note(2)],
      },
    });
    expect([
      updated.data.status,
      updated.data.conclusion,
      updated.data.output.annotations_count,
    ]).toEqual(["completed", "failure", 2]);
    expect(
      github.checkRuns(sha)[0]?.output.annotations.map((a) => a.start_line),
    ).toEqual([1, 2]);
    await octokit.rest.checks.create({
      ...repo,
      name: "sopflow/walkthrough",
      head_sha: sha,
      conclusion: "success",
    });
    const latest = await octokit.rest.checks.listForRef({
      ...repo,
      ref: "main",
    });
    expect(latest.data.check_runs.map((r) => r.conclusion)).toEqual([
      "success",
    ]);
    const all = await octokit.rest.checks.listForRef({
      ...repo,
      ref: sha,
      filter: "all",
    });
    expect(all.data.total_count).toBe(2);
  });

  test("more than 50 annotations in one request break GitHub's contract", async () => {
    const sha = github.branchHead("main") ?? "";
    const annotations = Array.from({ length: 51 }, (_, i) => ({
      path: "a.md",
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: "notice" as const,
      message: "m",
    }));
    const call = octokit.rest.checks.create({
      ...repo,
      name: "sopflow",
      head_sha: sha,
      output: { title: "t", summary: "s", annotations },
    });
    await expect(call).rejects.toThrow(
      /checks\/create .*must NOT have more than 50 items/,
    );
    expect(github.checkRuns(sha)).toEqual([]);
  });

  test("a check run on an unknown commit is refused", async () => {
    await expect(
      octokit.rest.checks.create({
        ...repo,
        name: "sopflow",
        head_sha: "f".repeat(40),
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(github.violations).toEqual([]);
  });
});
