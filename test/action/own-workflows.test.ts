// This repository's own workflows: sopflow.yml runs the Action on the project's SOP requests and
// must stay the workflow users copy, but for running the Action from the checkout; ci.yml runs the
// README's test command.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "./run-bundle.js";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean>;
}
interface Workflow {
  on: unknown;
  permissions: unknown;
  jobs: Record<string, { steps: Step[] } & Record<string, unknown>>;
}

const read = (path: string) =>
  parse(readFileSync(join(REPO_ROOT, path), "utf8")) as Workflow;

describe("this repository's workflows", () => {
  it("sopflow.yml is the shipped template, running this checkout's Action from the default branch", () => {
    const own = read(".github/workflows/sopflow.yml");
    const template = read("templates/workflow.yml");
    expect(own.on).toEqual(template.on);
    expect(own.permissions).toEqual(template.permissions);
    expect(own.jobs.route).toEqual(template.jobs.route);
    const { steps: ownSteps, ...ownJob } = own.jobs.sopflow!;
    const { steps: templateSteps, ...templateJob } = template.jobs.sopflow!;
    expect(ownJob).toEqual(templateJob);
    expect(ownSteps).toEqual([
      {
        uses: "actions/checkout@v4",
        with: {
          ref: "${{ github.event.repository.default_branch }}",
          "persist-credentials": false,
        },
      },
      { ...templateSteps.at(-1), uses: "./" },
    ]);
  });

  it("ci.yml runs what .ci/run runs, the README's test command last", () => {
    const runs = read(".github/workflows/ci.yml").jobs.test!.steps.flatMap(
      (step) => (step.run ? [step.run] : []),
    );
    const ciRun = readFileSync(join(REPO_ROOT, ".ci/run"), "utf8")
      .split("\n")
      .filter((line) => line.startsWith("npm "));
    expect(runs).toEqual(ciRun);
    expect(runs.at(-1)).toBe("npm test");
    expect(readFileSync(join(REPO_ROOT, "README.md"), "utf8")).toContain(
      "npm ci && npm test",
    );
  });
});
