import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./run-bundle.js";

const script = join(REPO_ROOT, "scripts/build-action.mjs");
const build = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], {
    encoding: "utf8",
    cwd: REPO_ROOT,
  });

describe("the Action bundle build (npm run bundle / npm run check:dist)", () => {
  it("is reproducible, passes a bundle built from the sources, and fails, naming it, once the bundle differs", () => {
    const [a, b] = [
      mkdtempSync(join(tmpdir(), "sopflow-dist-a-")),
      mkdtempSync(join(tmpdir(), "sopflow-dist-b-")),
    ];
    expect(build("--dist", a).status).toBe(0);
    expect(build("--dist", b).status).toBe(0);
    const bytes = readFileSync(join(a, "index.js"));
    expect(bytes.equals(readFileSync(join(b, "index.js")))).toBe(true);
    expect(bytes.includes(REPO_ROOT)).toBe(false);
    expect(bytes.includes(tmpdir())).toBe(false);

    const fresh = build("--check", "--dist", a);
    expect(fresh.stdout).toContain(
      `${join(a, "index.js")} matches the sources.`,
    );
    expect(fresh.status).toBe(0);

    appendFileSync(join(b, "index.js"), "// edited by hand\n");
    const stale = build("--check", "--dist", b);
    expect(stale.stderr).toContain(
      `${join(b, "index.js")} is stale: run \`npm run bundle\` and commit dist/.`,
    );
    expect(stale.status).toBe(1);
  });

  it("fails when there is no committed bundle at all", () => {
    const empty = mkdtempSync(join(tmpdir(), "sopflow-dist-empty-"));
    const missing = build("--check", "--dist", empty);
    expect(missing.stderr).toContain(`${join(empty, "index.js")} is missing`);
    expect(missing.status).toBe(1);
  });
});
