import { RequestError } from "@octokit/request-error";
import { beforeEach, describe, expect, test } from "vitest";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { octokitFor } from "../support/github-double/test-clients.js";

const repo = { owner: "acme", repo: "docs" };

describe("the double checks every request and response against GitHub's description", () => {
  let github: GitHubDouble;
  let octokit: ReturnType<typeof octokitFor>;
  // Requests Octokit's types would refuse: what a buggy caller sends.
  const unchecked = (route: string, params: Record<string, unknown>) =>
    octokit.request(route, params);

  beforeEach(() => {
    github = new GitHubDouble();
    github.addUser("alice");
    github.openIssue({ title: "Onboard a new hire", author: "alice" });
    octokit = octokitFor(github);
  });

  test("a comment without its required body fails, naming the operation", async () => {
    const call = unchecked(
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { ...repo, issue_number: 1, text: "hi" },
    );
    await expect(call).rejects.toThrow(
      /issues\/create-comment \(POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments\).*must have required property 'body'/,
    );
    expect(github.violations).toHaveLength(1);
    expect(github.violations[0]).toMatchObject({
      method: "POST",
      path: "/repos/acme/docs/issues/1/comments",
      operationId: "issues/create-comment",
    });
    expect(github.issue(1)?.comments).toEqual([]);
    expect(() => github.assertValid()).toThrow(/1 contract violation/);
  });

  test("a request without the body the operation requires fails", async () => {
    const call = unchecked(
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { ...repo, issue_number: 1 },
    );
    await expect(call).rejects.toThrow(
      "issues/create-comment (POST /repos/{owner}/{repo}/issues/{issue_number}/comments): Missing request body, expected a JSON body",
    );
  });

  test("a request body of the wrong type fails", async () => {
    const call = unchecked(
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      { ...repo, issue_number: 1, state: "shut" },
    );
    await expect(call).rejects.toThrow(
      /issues\/update .*must be equal to one of the allowed values/,
    );
  });

  test("an unknown route fails", async () => {
    await expect(
      octokit.request("GET /repos/{owner}/{repo}/sops", repo),
    ).rejects.toThrow(
      "Unexpected request GET /repos/acme/docs/sops, expected a route of GitHub's REST API",
    );
    await expect(
      octokit.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}", {
        ...repo,
        issue_number: 1,
      }),
    ).rejects.toThrow(/Unexpected request DELETE/);
    expect(github.violations.map((v) => v.operationId)).toEqual([null, null]);
  });

  test("an undeclared or mistyped query parameter fails", async () => {
    const unknown = octokit.request(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { ...repo, issue_number: 1, order: "newest" },
    );
    await expect(unknown).rejects.toThrow(/Unexpected query parameter "order"/);
    const mistyped = unchecked("GET /repos/{owner}/{repo}/pulls", {
      ...repo,
      state: "merged",
    });
    await expect(mistyped).rejects.toThrow(
      /pulls\/list .*Invalid query parameters: query\/state must be equal to one of the allowed values/,
    );
  });

  test("a path parameter of the wrong type fails", async () => {
    await expect(
      octokit.request("GET /repos/acme/docs/issues/first"),
    ).rejects.toThrow(/issues\/get .*path\/issue_number must be integer/);
  });

  test("a response that breaks the schema is caught", async () => {
    github.onRequest((request) =>
      request.operationId === "issues/get"
        ? { status: 200, body: { id: "not-a-number", number: 1 } }
        : undefined,
    );
    const call = octokit.rest.issues.get({ ...repo, issue_number: 1 });
    await expect(call).rejects.toThrow(
      /issues\/get .*Invalid 200 response body: response must have required property/,
    );
    expect(github.violations).toHaveLength(1);
  });

  test("a success status the operation does not declare is caught", async () => {
    github.onRequest(() => ({ status: 202, body: {} }));
    await expect(
      octokit.rest.issues.createComment({
        ...repo,
        issue_number: 1,
        body: "hi",
      }),
    ).rejects.toThrow(
      /Unexpected status 202, expected one of 201, 403, 404, 410, 422/,
    );
  });

  test("a valid route the double does not implement fails loudly with 501", async () => {
    await expect(
      octokit.rest.issues.lock({ ...repo, issue_number: 1 }),
    ).rejects.toThrow(
      "issues/lock (PUT /repos/{owner}/{repo}/issues/{issue_number}/lock) is not implemented by the GitHub double (501)",
    );
    expect(github.violations).toHaveLength(1);
  });

  test("an injected fault answers the next matching requests, then the double answers again", async () => {
    github.failNext({
      method: "POST",
      route: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
      status: 502,
      times: 2,
    });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error = await octokit.rest.issues
        .createComment({ ...repo, issue_number: 1, body: "hi" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestError);
      expect((error as RequestError).status).toBe(502);
    }
    const ok = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: "hi",
    });
    expect(ok.status).toBe(201);
    expect(github.issue(1)?.comments).toHaveLength(1);
    expect(github.calls.map((c) => c.status)).toEqual([502, 502, 201]);
    expect(github.violations).toEqual([]);
  });

  test("faults match by operation id or by a pattern on the path, and keep their headers", async () => {
    github.failNext({
      route: "issues/get",
      status: 403,
      headers: { "x-ratelimit-remaining": "0" },
      body: { message: "API rate limit exceeded" },
    });
    const limited = (await octokit.rest.issues
      .get({ ...repo, issue_number: 1 })
      .catch((e: unknown) => e)) as RequestError;
    expect([
      limited.status,
      limited.response?.headers["x-ratelimit-remaining"],
      limited.message,
    ]).toEqual([403, "0", "API rate limit exceeded"]);
    github.failNext({ route: /\/labels$/, status: 500 });
    await expect(
      octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 1 }),
    ).rejects.toMatchObject({ status: 500 });
    expect(
      (
        await octokit.rest.issues.listLabelsOnIssue({
          ...repo,
          issue_number: 1,
        })
      ).status,
    ).toBe(200);
  });

  test("a hook can stop watching, and every call is recorded with its operation", async () => {
    const seen: string[] = [];
    const stop = github.onRequest(
      (request) => void seen.push(request.operationId),
    );
    await octokit.rest.issues.get({ ...repo, issue_number: 1 });
    stop();
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 1,
      body: "a note",
    });
    expect(seen).toEqual(["issues/get"]);
    expect(github.calls).toEqual([
      {
        method: "GET",
        path: "/repos/acme/docs/issues/1",
        route: "/repos/{owner}/{repo}/issues/{issue_number}",
        operationId: "issues/get",
        status: 200,
        requestBody: undefined,
      },
      {
        method: "POST",
        path: "/repos/acme/docs/issues/1/comments",
        route: "/repos/{owner}/{repo}/issues/{issue_number}/comments",
        operationId: "issues/create-comment",
        status: 201,
        requestBody: { body: "a note" },
      },
    ]);
    expect(github.writes().map((c) => c.operationId)).toEqual([
      "issues/create-comment",
    ]);
  });

  test("a plain Octokit works too", async () => {
    const { Octokit } = await import("@octokit/core");
    const plain = new Octokit({ request: { fetch: github.fetch } });
    const { data } = await plain.request(
      "GET /repos/{owner}/{repo}/issues/{issue_number}",
      { ...repo, issue_number: 1 },
    );
    expect(data.title).toBe("Onboard a new hire");
  });
});
