import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ConfigSchema } from "../../src/core/config/config-schema.js";
import { parseConfigText } from "../../src/core/config/validate-config.js";
import { initCommand, INIT_FILES } from "../../src/shells/cli/init-command.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

describe("sopflow init", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  it("writes its files, changes nothing when run again, and skips a locally edited file", async () => {
    const repo = tempGitRepo();
    cleanup = repo.cleanup;
    const first = await initCommand(["--repo", repo.dir]);
    expect(first.wrote).toEqual(INIT_FILES.map((f) => f.target));

    const again = await initCommand(["--repo", repo.dir]);
    expect(again.wrote).toEqual([]);
    expect(again.unchanged).toHaveLength(INIT_FILES.length);

    const config = join(repo.dir, ".github/sopflow.yml");
    writeFileSync(config, "docs_folder: handbook/sops\n");
    const edited = await initCommand(["--repo", repo.dir]);
    expect(edited.skipped).toEqual([".github/sopflow.yml"]);
    expect(edited.lines.join("\n")).toMatch(
      /skipped +\.github\/sopflow\.yml \(changed locally/,
    );
    expect(readFileSync(config, "utf8")).toBe("docs_folder: handbook/sops\n");

    const forced = await initCommand(["--repo", repo.dir, "--force"]);
    expect(forced.wrote).toEqual([".github/sopflow.yml"]);
  });

  it("ships a commented config whose every key, uncommented, is the default", () => {
    const text = readFileSync(
      join(import.meta.dirname, "../../templates/sopflow.yml"),
      "utf8",
    );
    expect(parseConfigText({ text, source: "templates/sopflow.yml" })).toEqual(
      ConfigSchema.parse({}),
    );
    const uncommented = text
      .split("\n")
      .filter((line) => /^#\s*[a-z_]+:|^#\s{2,}/.test(line))
      .map((line) => line.replace(/^# ?/, "").replace(/(?<!\s)\s+#.*$/, ""))
      .join("\n");
    expect(ConfigSchema.parse(parse(uncommented))).toEqual(
      ConfigSchema.parse({}),
    );
  });
});
