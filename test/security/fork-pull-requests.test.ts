import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { routeEvent } from "../../src/shells/app/route-event.js";
import { REPO_ROOT } from "../action/run-bundle.js";
import { examplePayload } from "../support/github-double/webhooks/example-payload.js";

// Break 5: a pull request from a fork, or from a branch `sopflow/01-x`, was taken for a task's pull request.

type Payload = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EVENTS = [
  ["pull_request", "synchronize"],
  ["pull_request", "closed"],
  ["pull_request_review", "submitted"],
  ["pull_request_review", "dismissed"],
] as const;

/** GitHub's own example of the event, sent by a person, from the branch given; `fork` moves the head to another repository. */
function pullEvent(
  name: string,
  action: string,
  ref: string,
  fork = false,
): Payload {
  const payload: Payload = examplePayload(name, action);
  payload.sender = { ...payload.sender, login: "mallory", type: "User" };
  payload.pull_request.head.ref = ref;
  if (fork)
    payload.pull_request.head.repo = {
      ...payload.pull_request.head.repo,
      id: Number(payload.repository.id) + 1000,
      name: payload.repository.name,
      full_name: `mallory/${payload.repository.name}`,
      owner: { ...payload.repository.owner, login: "mallory" },
      fork: true,
    };
  return payload;
}

interface RouteStep {
  id?: string;
  run?: string;
  env?: Record<string, string>;
}

const routeScripts = (() => {
  const fromYaml = (text: string): RouteStep | undefined =>
    (
      parse(text) as { jobs: Record<string, { steps: RouteStep[] }> }
    ).jobs.route?.steps.find((s) => s.id === "task");
  const template = fromYaml(
    readFileSync(join(REPO_ROOT, "templates/workflow.yml"), "utf8"),
  );
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const block = /```yaml\n(# sopflow:[^`]*)```/.exec(readme)?.[1] ?? "";
  return { template, readme: fromYaml(block) };
})();

/** What the route step of a workflow file says, run as the runner runs it, with the values GitHub would put in its env. */
function routedTask(step: RouteStep | undefined, payload: Payload): string {
  const output = join(mkdtempSync(join(tmpdir(), "sopflow-fork-")), "out");
  writeFileSync(output, "");
  const env: Record<string, string> = {};
  for (const [name, expression] of Object.entries(step?.env ?? {})) {
    const path = /^\$\{\{ github\.event\.([a-z_.]+) \}\}$/.exec(expression);
    let value: unknown = payload;
    for (const key of path?.[1]?.split(".") ?? [])
      value = (value as Payload | undefined)?.[key];
    env[name] = value === undefined || value === null ? "" : String(value);
  }
  execFileSync(
    "bash",
    ["--noprofile", "--norc", "-eo", "pipefail", "-c", step?.run ?? "exit 1"],
    { env: { PATH: process.env.PATH ?? "", ...env, GITHUB_OUTPUT: output } },
  );
  return readFileSync(output, "utf8")
    .trim()
    .replace(/^number=/, "");
}

describe("fork pull requests and odd branch names", () => {
  it("the README shows the same route step as the template", () => {
    expect(routeScripts.readme).toEqual(routeScripts.template);
  });

  for (const [name, action] of EVENTS) {
    it(`${name}.${action}: a task's own branch routes to its task; a fork's branch of the same name does not`, () => {
      const own = pullEvent(name, action, "sopflow/7-rotate-the-pager");
      expect(routeEvent({ name, payload: own })).toMatchObject({
        kind: "task",
        task: { issueNumber: 7 },
      });
      expect(routedTask(routeScripts.template, own)).toBe("7");

      const fork = pullEvent(name, action, "sopflow/7-rotate-the-pager", true);
      expect(routeEvent({ name, payload: fork })).toMatchObject({
        kind: "ignore",
      });
      expect(routedTask(routeScripts.template, fork)).toBe("");
    });
  }

  it("a head repository GitHub no longer knows (deleted fork) is not a task's", () => {
    const payload = pullEvent("pull_request", "closed", "sopflow/7-x");
    payload.pull_request.head.repo = null;
    expect(routeEvent({ name: "pull_request", payload })).toMatchObject({
      kind: "ignore",
    });
    expect(routedTask(routeScripts.template, payload)).toBe("");
  });

  it("a task number with a leading zero names no task", () => {
    for (const ref of ["sopflow/01-x", "sopflow/007-x", "sopflow/0-x"]) {
      const payload = pullEvent("pull_request", "synchronize", ref);
      expect(routeEvent({ name: "pull_request", payload })).toMatchObject({
        kind: "ignore",
      });
      expect(routedTask(routeScripts.template, payload)).toBe("");
    }
    const ten = pullEvent("pull_request", "synchronize", "sopflow/10-x");
    expect(routeEvent({ name: "pull_request", payload: ten })).toMatchObject({
      task: { issueNumber: 10 },
    });
    expect(routedTask(routeScripts.template, ten)).toBe("10");
  });
});
