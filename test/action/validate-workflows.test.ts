import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./run-bundle.js";

const script = join(REPO_ROOT, "scripts/validate-workflows.mjs");
const original = {
  action: readFileSync(join(REPO_ROOT, "action.yml"), "utf8"),
  workflow: readFileSync(join(REPO_ROOT, "templates/workflow.yml"), "utf8"),
};

/** Validate edited copies in one run (each in a folder of its own: the validator tells an action by its file name). */
function validate(
  cases: Record<string, { action?: string; workflow?: string }>,
): { code: number | null; verdicts: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "sopflow-validate-test-"));
  const paths: string[] = [];
  for (const [name, files] of Object.entries(cases)) {
    mkdirSync(join(dir, name));
    if (files.action) paths.push(join(dir, name, "action.yml"));
    if (files.workflow) paths.push(join(dir, name, "sopflow.yml"));
    if (files.action)
      writeFileSync(join(dir, name, "action.yml"), files.action);
    if (files.workflow)
      writeFileSync(join(dir, name, "sopflow.yml"), files.workflow);
  }
  const run = spawnSync(process.execPath, [script, ...paths], {
    encoding: "utf8",
  });
  const verdicts: Record<string, string> = {};
  for (const line of `${run.stdout}${run.stderr}`.split("\n")) {
    const match =
      /^(ok|invalid) +\S*?sopflow-validate-test-[^/]+\/([^/]+)\/(action|sopflow)\.yml/.exec(
        line,
      );
    if (match) verdicts[`${match[2]}/${match[3]}`] = match[1] ?? "";
  }
  return { code: run.status, verdicts };
}

describe("npm run validate:workflows (action-validator)", () => {
  it("passes action.yml and the shipped workflow", () => {
    const run = spawnSync(process.execPath, [script], {
      encoding: "utf8",
      cwd: REPO_ROOT,
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^ok {6}action\.yml/m);
    expect(run.stdout).toMatch(/^ok {6}templates\/workflow\.yml/m);
    expect(run.status).toBe(0);
  });

  it("sets aside only node24 and the models permission, and still catches anything else", () => {
    const run = validate({
      "as-shipped": { action: original.action, workflow: original.workflow },
      "no-main": {
        action: original.action.replace("  main: dist/index.js\n", ""),
      },
      "unknown-runtime": {
        action: original.action.replace("using: node24", "using: node99"),
      },
      "unknown-permission": {
        workflow: original.workflow.replace(
          "  models: read\n",
          "  models: read\n  models-admin: write\n",
        ),
      },
      "misspelt-concurrency": {
        workflow: original.workflow.replace(
          "cancel-in-progress: false",
          "cancel-in-progres: false",
        ),
      },
    });
    expect(run.verdicts).toEqual({
      "as-shipped/action": "ok",
      "as-shipped/sopflow": "ok",
      "no-main/action": "invalid",
      "unknown-runtime/action": "invalid",
      "unknown-permission/sopflow": "invalid",
      "misspelt-concurrency/sopflow": "invalid",
    });
    expect(run.code).toBe(1);
  });
});
