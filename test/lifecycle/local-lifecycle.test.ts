import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readCatalog } from "../../src/core/catalog/read-catalog.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { LocalForge } from "../../src/forge/local/local-forge.js";
import { GitStore } from "../../src/forge/local/git-store.js";
import { reviseCommand } from "../../src/shells/cli/revise-command.js";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { captureTerminal } from "../support/capture-terminal.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

const example = (name: string) =>
  join(import.meta.dirname, "../../examples", name);
const SOP = "docs/sops/on-call-handover.md";
const CATALOG = "docs/sops/README.md";

/** A repository where the on-call handover SOP was published by a local run (task 1). */
async function published() {
  const repo = tempGitRepo();
  const common = [
    "--repo",
    repo.dir,
    "--reviewer",
    "lead",
    "--provider",
    "offline",
  ];
  const done = await runCommand(
    [
      ...common,
      "--request",
      example("on-call-handover.md"),
      "--answers",
      example("on-call-handover.answers.md"),
      "--approve",
      "--yes",
    ],
    captureTerminal(),
  );
  expect(done.code).toBe(0);
  const show = (path: string, ref = "main") =>
    repo.git("show", `${ref}:${path}`);
  return { repo, common, show };
}

describe("after publishing, on the local run (real git)", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  it("publishes the catalog with the SOP, in the same commit", async () => {
    const { repo, show } = await published();
    cleanup = repo.cleanup;
    expect(
      readCatalog({ markdown: show(CATALOG), catalogPath: CATALOG }),
    ).toEqual([expect.objectContaining({ path: SOP })]);
    const touched = repo
      .git("log", "--format=", "--name-only", "main", "--", CATALOG, SOP)
      .split("\n")
      .filter(Boolean);
    expect(new Set(touched)).toEqual(new Set([SOP, CATALOG]));
  });

  it("sopflow revise: a change the offline drafter cannot read commits nothing and says which forms it reads", async () => {
    const { repo, common, show } = await published();
    cleanup = repo.cleanup;
    const before = show(SOP);
    const term = captureTerminal();
    const outcome = await reviseCommand(
      [
        SOP,
        "--change",
        "post the summary in #oncall-handover instead",
        ...common,
      ],
      term,
    );
    expect(outcome.code).toBe(1);
    expect(term.output()).toMatch(
      /revision that changes nothing in the SOP[\s\S]*'Replace step N: …'/,
    );
    // No revision branch; the published file as it was.
    expect(repo.git("branch", "--list", "sopflow/*revise*")).toBe("");
    expect(show(SOP)).toBe(before);
  });

  it("sopflow revise: a wording change then a structural one, each with its version, every other byte kept", async () => {
    const { repo, common, show } = await published();
    cleanup = repo.cleanup;
    const before = show(SOP);
    const term = captureTerminal();
    const waiting = await reviseCommand(
      [
        SOP,
        "--change",
        "Replace step 1: Open the handover page in the wiki and copy last week's page",
        ...common,
      ],
      term,
    );
    expect(waiting.code).toBe(2);
    expect(term.output()).toMatch(/--approve/);
    const approved = await reviseCommand(
      [
        SOP,
        "--change",
        "Replace step 1: Open the handover page in the wiki and copy last week's page",
        ...common,
        "--approve",
      ],
      captureTerminal(),
    );
    expect(approved.code).toBe(0);
    const after = show(SOP);
    const was = parseSop(before).file;
    const now = parseSop(after).file;
    const [major, minor] = was.frontMatter.version.split(".").map(Number);
    expect(now.frontMatter.version).toBe(`${major}.${(minor ?? 0) + 1}`);
    expect(now.content.steps[0]?.action).toMatch(/in the wiki/);
    expect(now.content.steps.slice(1)).toEqual(was.content.steps.slice(1));
    expect(now.revisions.at(-1)?.change).toMatch(/Revision requested by @lead/);
    expect(
      readCatalog({ markdown: show(CATALOG), catalogPath: CATALOG })[0]
        ?.version,
    ).toBe(now.frontMatter.version);

    const structural = await reviseCommand(
      [
        SOP,
        "--change",
        "Add step after 2: Check the pager app shows you on call",
        ...common,
        "--approve",
        "--yes",
      ],
      captureTerminal(),
    );
    expect(structural.code).toBe(0);
    const third = parseSop(show(SOP)).file;
    expect(third.content.steps).toHaveLength(now.content.steps.length + 1);
    expect(third.frontMatter.version).toBe(`${(major ?? 1) + 1}.0`);
  });

  it("/sop confirm and /sop retire on the published task", async () => {
    const { repo, common, show } = await published();
    cleanup = repo.cleanup;
    const forge = new LocalForge(new GitStore(repo.dir), {
      task: 1,
      baseBranch: "main",
      now: () => new Date().toISOString(),
      trigger: "sop",
    });
    const before = show(SOP);
    await forge.addComment({ author: "lead", body: "/sop confirm" });
    // Confirmed 30 days after it was published.
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const confirmed = await runCommand(
      ["--task", "1", ...common, "--approve", "--yes"],
      captureTerminal(),
      () => later,
    );
    expect(confirmed.code).toBe(0);
    const changed = show(SOP)
      .split("\n")
      .filter((l, i) => l !== before.split("\n")[i]);
    expect(changed).toEqual([
      `last_validated: ${later.slice(0, 10)}`,
      expect.stringMatching(/^review_due: \d{4}-\d{2}-\d{2}$/),
    ]);

    await forge.addComment({
      author: "lead",
      body: "/sop retire Replaced by the incident tool's rota, replaced by sop-2-rota",
    });
    const retired = await runCommand(
      ["--task", "1", ...common, "--approve", "--yes"],
      captureTerminal(),
    );
    expect(retired.code).toBe(0);
    const text = show(SOP);
    expect(parseSop(text).file.frontMatter.status).toBe("retired");
    expect(text).toMatch(/Replaced by \*\*sop-2-rota\*\*/);
    expect(show(CATALOG)).toMatch(/## Retired SOPs/);
  });
});
