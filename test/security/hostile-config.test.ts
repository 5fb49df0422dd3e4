import { describe, expect, it } from "vitest";
import { exampleRequest } from "../app/app-harness.js";
import { createAppRun, OPERATOR } from "./harness/app-run.js";
import { oversizeWrites } from "./harness/oversize-writes.js";

const laughs = () => {
  const levels = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ];
  for (let i = 1; i < 9; i++)
    levels.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(
        10,
      )
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(",")}]`,
    );
  return `${levels.join("\n")}\nreviewers: *i\n`;
};

/** `.github/sopflow.yml` files built to exhaust a parser, or that no UTF-8 decoder reads cleanly. */
const CONFIGS: [string, string, RegExp][] = [
  ["a billion-laughs alias bomb", laughs(), /not valid YAML/],
  [
    "10,000 nested flow sequences",
    `reviewers: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
    /not valid YAML/,
  ],
  [
    "5,000 nested flow mappings",
    `model: ${"{a: ".repeat(5_000)}1${"}".repeat(5_000)}\n`,
    /not valid YAML/,
  ],
  [
    "3,000 nested block mappings",
    `${Array.from({ length: 3_000 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n")} 1\n`,
    /not valid YAML|Unrecognized key/,
  ],
  [
    "merge keys repeating an anchor",
    "base: &base {docs_folder: docs}\nmerged:\n  <<: [*base, *base, *base]\n",
    /Unrecognized keys/,
  ],
  [
    "undecodable bytes and a NUL in a value",
    'docs_folder: "docs/\uFFFD\uD800\u0000"\n',
    /a relative folder path/,
  ],
];

describe("hostile config files", () => {
  for (const [what, config, problem] of CONFIGS) {
    it(`${what}: one visible problem comment, no crash, nothing else written`, async () => {
      const run = await createAppRun({ config });
      const { error, writes } = await run.deliver(
        run.double.openIssue({
          ...exampleRequest(),
          author: OPERATOR,
          labels: ["sop"],
        }),
      );
      expect(error).toBeNull();
      expect(writes.map((w) => w.operationId)).toEqual([
        "issues/create-comment",
      ]);
      expect(run.double.issue(1)?.comments[0]?.body).toMatch(
        /^### sopflow cannot read its configuration/,
      );
      expect(run.double.issue(1)?.comments[0]?.body).toMatch(problem);
      expect(oversizeWrites(run.double.calls)).toEqual([]);
      expect(run.double.violations).toEqual([]);
    });
  }
});
