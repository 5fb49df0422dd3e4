import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
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
    // The entry and its lazily loaded chunks (the English model) alike.
    const files = readdirSync(a, { recursive: true, encoding: "utf8" })
      .filter((path) => path.endsWith(".js"))
      .sort();
    expect(files).toContain("index.js");
    expect(files.some((path) => path.startsWith("chunks/"))).toBe(true);
    for (const path of files) {
      const bytes = readFileSync(join(a, path));
      expect(bytes.equals(readFileSync(join(b, path))), path).toBe(true);
      expect(bytes.includes(REPO_ROOT)).toBe(false);
      expect(bytes.includes(tmpdir())).toBe(false);
    }

    const fresh = build("--check", "--dist", a);
    expect(fresh.stdout).toContain(
      `${join(a, "index.js")} matches the sources.`,
    );
    expect(fresh.status).toBe(0);

    appendFileSync(join(b, "index.js"), "// edited by hand\n");
    writeFileSync(join(b, "chunks", "left-over.js"), "// an earlier build\n");
    const stale = build("--check", "--dist", b);
    expect(stale.stderr).toContain(
      `${b} is stale (chunks/left-over.js, index.js): run \`npm run bundle\` and commit dist/.`,
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
