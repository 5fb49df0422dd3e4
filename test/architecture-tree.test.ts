import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

function folders(dir: string, prefix: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const path = `${prefix}${e.name}/`;
      return [path, ...folders(join(dir, e.name), path)];
    });
}

/** The folders the README's architecture tree names, nesting read from the indentation. */
function treeFolders(readme: string): string[] {
  const section = readme.slice(readme.indexOf("## Architecture"));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const stack: string[] = [];
  const listed: string[] = [];
  for (const line of block.split("\n")) {
    const match = /^( *)([\w./-]+\/)(?: |$)/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? "").length / 2;
    stack.length = depth;
    const path = `${stack.at(-1) ?? ""}${match[2] ?? ""}`;
    stack.push(path);
    listed.push(path);
  }
  return listed;
}

describe("the README's architecture tree", () => {
  it("lists every folder of src/ and the top-level folders test/, bench/, scripts/, docs/ and schema/", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const expected = [
      ...folders("src", "src/"),
      ...["test/", "bench/", "scripts/", "docs/", "schema/"],
    ].sort();
    expect(treeFolders(readme).sort()).toEqual(expected);
  });
});
