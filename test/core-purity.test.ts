import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const core = join(import.meta.dirname, "../src/core");
const forbidden =
  /^(?:probot|@octokit\/.*|openai|bullmq|ioredis|fs|node:fs.*|fs\/promises|child_process|node:child_process|node:net|node:http|node:https)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

describe("the core", () => {
  it("imports no I/O: no Probot, Octokit, openai, queue, fs, child_process or network module", () => {
    const offenders = files(core).flatMap((file) =>
      [
        ...readFileSync(file, "utf8").matchAll(
          /\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g,
        ),
      ]
        .map((m) => m[1] ?? m[2] ?? "")
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${relative(core, file)} imports ${spec}`),
    );
    expect(files(core).length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
