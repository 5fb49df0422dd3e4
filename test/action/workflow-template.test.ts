import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { TASK_EVENTS } from "../../src/shells/app/route-event.js";
import { REPO_ROOT } from "./run-bundle.js";

interface Step {
  id?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  steps: Step[];
}
interface Workflow {
  on: Record<string, { types: string[] }>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(
  readFileSync(join(REPO_ROOT, "templates/workflow.yml"), "utf8"),
) as Workflow;
const action = parse(readFileSync(join(REPO_ROOT, "action.yml"), "utf8")) as {
  inputs: Record<string, unknown>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const routeStep = workflow.jobs.route?.steps.find((s) => s.id === "task");

/** Run the route step's script as the runner does (bash -eo pipefail), with the event's values in its environment. */
function taskOf(env: { ISSUE_NUMBER?: string; HEAD_REF?: string }): string {
  const output = join(mkdtempSync(join(tmpdir(), "sopflow-route-")), "output");
  writeFileSync(output, "");
  execFileSync(
    "bash",
    [
      "--noprofile",
      "--norc",
      "-eo",
      "pipefail",
      "-c",
      routeStep?.run ?? "exit 1",
    ],
    {
      env: {
        PATH: process.env.PATH ?? "",
        ISSUE_NUMBER: "",
        HEAD_REF: "",
        ...env,
        GITHUB_OUTPUT: output,
      },
    },
  );
  const line = readFileSync(output, "utf8").trim();
  expect(line).toMatch(/^number=/);
  return line.slice("number=".length);
}

describe("the workflow users copy (templates/workflow.yml)", () => {
  it("listens to exactly the events the app handles", () => {
    const listened = Object.entries(workflow.on).flatMap(([event, { types }]) =>
      types.map((type) => `${event}.${type}`),
    );
    expect(listened.sort()).toEqual([...TASK_EVENTS].sort());
  });

  it("asks for exactly contents, issues, pull-requests and checks write, and models read; the routing job for nothing", () => {
    expect(workflow.permissions).toEqual({
      contents: "write",
      issues: "write",
      "pull-requests": "write",
      checks: "write",
      models: "read",
    });
    expect(workflow.jobs.route?.permissions).toEqual({});
    expect(workflow.jobs.sopflow?.permissions).toBeUndefined();
  });

  it("never expands an expression inside a run: script (event text reaches it only through env)", () => {
    const scripts = steps.flatMap((step) =>
      step.run === undefined ? [] : [step.run],
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).not.toContain("${{");
    expect(
      Object.values(routeStep?.env ?? {}).every((value) =>
        /^\$\{\{ github\.event\.[a-z_.]+ \}\}$/.test(value),
      ),
    ).toBe(true);
  });

  it("maps an issue's events and its pull request's events to one concurrency group, without cancelling a run in progress", () => {
    const job = workflow.jobs.sopflow;
    expect(job?.needs).toBe("route");
    expect(job?.concurrency?.["cancel-in-progress"]).toBe(false);
    expect(job?.concurrency?.group).toBe(
      "sopflow-${{ github.repository }}-task-${{ needs.route.outputs.task }}",
    );
    expect(taskOf({ ISSUE_NUMBER: "7" })).toBe("7");
    expect(taskOf({ HEAD_REF: "sopflow/7-rotate-the-pager" })).toBe("7");
    expect(taskOf({ HEAD_REF: "sopflow/12-a-b-c" })).toBe("12");
  });

  it("skips pull requests that are not a task's, and events sent by bots", () => {
    expect(taskOf({ HEAD_REF: "feature/faster-builds" })).toBe("");
    expect(taskOf({ HEAD_REF: "sopflow/draft-7" })).toBe("");
    expect(taskOf({ HEAD_REF: "sopflow/7" })).toBe("");
    expect(workflow.jobs.sopflow?.if).toBe("needs.route.outputs.task != ''");
    expect(workflow.jobs.route?.if).toContain(
      "github.event.sender.type != 'Bot'",
    );
  });

  it("passes only inputs that action.yml declares", () => {
    const used = steps.filter((step) =>
      step.uses?.startsWith("sopflow/sopflow@"),
    );
    expect(used).toHaveLength(1);
    for (const name of Object.keys(used[0]?.with ?? {}))
      expect(Object.keys(action.inputs)).toContain(name);
  });
});
