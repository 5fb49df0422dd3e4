import { describe, expect, it } from "vitest";
import {
  ConfigError,
  parseConfigText,
} from "../../src/core/config/validate-config.js";
import { exampleRequest } from "../app/app-harness.js";
import { createAppRun, OPERATOR } from "./harness/app-run.js";

const SOURCE = "acme/handbook/.github/sopflow.yml";

/** The ConfigError a `docs_folder` value raises, or null when it is accepted. */
function refusal(folder: string): ConfigError | null {
  try {
    parseConfigText({
      text: `docs_folder: ${JSON.stringify(folder)}\n`,
      source: SOURCE,
    });
    return null;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

describe("docs_folder refused (a folder SOPs must never be written to)", () => {
  const refused: [string, RegExp][] = [
    [".git/hooks", /under \.git/],
    [".git", /under \.git/],
    [".Git/hooks", /under \.git/],
    ["docs/.git/objects", /under \.git/],
    [".", /the repository's root/],
    ["./", /the repository's root/],
    ["docs/./sops", /"\." or an empty part/],
    ["docs//sops", /"\." or an empty part/],
    ["/etc/cron.d", /relative/],
    ["../elsewhere", /"\.\."/],
    ["docs/../../x", /"\.\."/],
    [".github/workflows", /under \.github/],
    ["./.github", /under \.github/],
    [".GITHUB/x", /under \.github/],
    ["C:/x", /a relative folder path of letters/],
    ["docs\\sops", /a relative folder path of letters/],
  ];
  for (const [folder, why] of refused) {
    it(`refuses ${JSON.stringify(folder)}, naming the file and the key`, () => {
      const error = refusal(folder);
      expect(error?.source).toBe(SOURCE);
      expect(error?.problems).toEqual([
        { key: "docs_folder", problem: expect.stringMatching(why) },
      ]);
      expect(error?.message).toMatch(
        /^Invalid configuration in acme\/handbook\/\.github\/sopflow\.yml:\n- `docs_folder`: Unexpected /,
      );
    });
  }

  it("accepts ordinary folders, a leading ./ and a trailing /", () => {
    for (const folder of [
      "docs/sops",
      "handbook/procedures",
      "./docs/sops",
      "docs/sops/",
      ".docs",
      "docs/.gitkeep-folder",
    ])
      expect(refusal(folder)).toBeNull();
  });

  it("the App writes one problem comment and nothing else for docs_folder: .git/hooks", async () => {
    const run = await createAppRun({ config: "docs_folder: .git/hooks\n" });
    const { error, writes } = await run.deliver(
      run.double.openIssue({
        ...exampleRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    expect(error).toBeNull();
    expect(writes.map((w) => w.operationId)).toEqual(["issues/create-comment"]);
    const body = run.double.issue(1)?.comments[0]?.body ?? "";
    expect(body).toMatch(/^### sopflow cannot read its configuration/);
    expect(body).toMatch(/^- `docs_folder`: Unexpected folder "\.git\/hooks"/m);
    expect(run.double.violations).toEqual([]);
  });
});
