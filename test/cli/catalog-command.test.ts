import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { catalogCommand } from "../../src/shells/cli/catalog-command.js";
import { lintCommand } from "../../src/shells/cli/lint-command.js";
import { reviewDueCommand } from "../../src/shells/cli/review-due-command.js";
import { RELEASE_SOP, sopWith } from "../catalog/catalog-files.js";
import { tempGitRepo } from "../support/temp-git-repo.js";

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

describe("sopflow catalog, lint on the catalog, sopflow review-due", () => {
  let cleanup = () => undefined as void;
  afterEach(() => cleanup());

  function repoWithSops(): string {
    const repo = tempGitRepo();
    cleanup = repo.cleanup;
    write(repo.dir, "docs/sops/release-sopflow.md", RELEASE_SOP);
    write(
      repo.dir,
      "docs/sops/team/on-call-handover.md",
      sopWith({
        id: "sop-7-on-call-handover",
        title: "Hand over on-call",
        owner: "octocat",
        review_due: "2027-01-02",
      }),
    );
    write(
      repo.dir,
      "docs/sops/old-deploy.md",
      sopWith({
        id: "sop-2-old-deploy",
        title: "Deploy by hand",
        status: "retired",
        review_due: "2026-01-01",
      }),
    );
    return repo.dir;
  }

  it("writes the catalog, keeps the team's text on a rerun, and lint flags it once an SOP changes", async () => {
    const dir = repoWithSops();
    const first = await catalogCommand(["--repo", dir]);
    expect(first).toEqual({
      code: 0,
      lines: ["wrote      docs/sops/README.md (3 SOPs)"],
    });
    const catalogFile = join(dir, "docs/sops/README.md");
    const written = readFileSync(catalogFile, "utf8");
    expect(written).toContain("[Hand over on-call](team/on-call-handover.md)");
    expect(written).toContain("## Retired SOPs");

    const withNote = `${written}\nAsk the ops team before retiring an SOP.\n`;
    writeFileSync(catalogFile, withNote);
    expect(await catalogCommand(["--repo", dir, "--check"])).toEqual({
      code: 0,
      lines: ["up to date  docs/sops/README.md (3 SOPs)"],
    });
    const clean = await lintCommand({
      paths: ["docs/sops"],
      format: "text",
      today: "2026-12-05",
      cwd: dir,
    });
    expect(clean.output).not.toContain("README.md");

    write(dir, "docs/sops/release-sopflow.md", sopWith({ version: "1.1" }));
    const stale = await catalogCommand(["--repo", dir, "--check"]);
    expect(stale.code).toBe(1);
    expect(stale.lines[0]).toMatch(/^stale +docs\/sops\/README\.md: /);
    expect(readFileSync(catalogFile, "utf8")).toBe(withNote);
    const lint = await lintCommand({
      paths: ["docs/sops"],
      format: "json",
      today: "2026-12-05",
      cwd: dir,
    });
    const report = JSON.parse(lint.output) as {
      files: { path: string; findings: { ruleId: string; line: number }[] }[];
    };
    const catalog = report.files.find((f) => f.path === "docs/sops/README.md");
    expect(catalog?.findings.map((f) => f.ruleId)).toEqual(["catalog-fresh"]);
    expect(lint.exitCode).toBe(1);

    await catalogCommand(["--repo", dir]);
    const regenerated = readFileSync(catalogFile, "utf8");
    expect(regenerated).toContain("Ask the ops team before retiring an SOP.");
    expect(regenerated).toMatch(/\| 1\.1 +\|/);
  });

  it("follows catalog_path from the config", async () => {
    const dir = repoWithSops();
    write(dir, ".github/sopflow.yml", "catalog_path: handbook/SOPS.md\n");
    await catalogCommand(["--repo", dir]);
    expect(readFileSync(join(dir, "handbook/SOPS.md"), "utf8")).toContain(
      "](../docs/sops/release-sopflow.md)",
    );
  });

  it("lists the SOPs due within the window, overdue ones marked, retired ones left out", async () => {
    const dir = repoWithSops();
    const due = await reviewDueCommand([
      "--repo",
      dir,
      "--today",
      "2027-01-10",
    ]);
    expect(due.lines).toHaveLength(2);
    expect(due.lines[0]).toMatch(/^ID +Title +Owner +Review due +Path$/);
    expect(due.lines[1]).toMatch(
      /^sop-7-on-call-handover +Hand over on-call +octocat +2027-01-02 \(overdue\) +docs\/sops\/team\/on-call-handover\.md$/,
    );
    // release-sopflow is due 2027-06-03: inside a 150-day window, outside the default 30.
    const wide = await reviewDueCommand([
      "--repo",
      dir,
      "--today",
      "2027-01-10",
      "--window",
      "150",
    ]);
    expect(wide.lines.map((l) => l.split(/ +/)[0])).toEqual([
      "ID",
      "sop-7-on-call-handover",
      "sop-1-release-sopflow",
    ]);
    const none = await reviewDueCommand([
      "--repo",
      dir,
      "--today",
      "2026-06-01",
    ]);
    expect(none.lines).toEqual([
      "No SOP is due for review by 2026-06-01 + 30 days.",
    ]);
  });
});
