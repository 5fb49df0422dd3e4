// Recurring runs and the one reminder, from the scheduled review scan on the GitHub double.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCheckboxes } from "../../src/core/checklist/read-checkboxes.js";
import { runKeyOf } from "../../src/core/checklist/run-marker.js";
import { buildCatalog } from "../../src/core/catalog/build-catalog.js";
import { readCatalogEntry } from "../../src/core/catalog/catalog-entry.js";
import { ConfigSchema } from "../../src/core/config/config-schema.js";
import { scanReviewDue } from "../../src/forge/github/scan-review-due.js";
import { silent } from "../forge-github/review-scan-repo.js";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { octokitFor } from "../support/github-double/test-clients.js";

const SOP_PATH = "docs/sops/swap-forklift-battery.md";
const SOP = readFileSync(
  new URL("../fixtures/run-sops/swap-forklift-battery.md", import.meta.url),
  "utf8",
);
const UNSCHEDULED = "docs/sops/rotate-api-keys.md";

function docsDouble(): GitHubDouble {
  const files: Record<string, string> = {
    [SOP_PATH]: SOP,
    [UNSCHEDULED]: readFileSync(
      new URL("../fixtures/good-sops/rotate-api-keys.md", import.meta.url),
      "utf8",
    ),
  };
  const entries = Object.entries(files).flatMap(
    ([path, markdown]) => readCatalogEntry({ path, markdown }) ?? [],
  );
  files["docs/sops/README.md"] = buildCatalog({
    existing: null,
    entries,
    catalogPath: "docs/sops/README.md",
  });
  const double = new GitHubDouble({ repo: { files } });
  double.addCollaborator({ login: "mona", role: "write" });
  return double;
}

/** The scan at `now`; the double's own clock starts on Monday 2025-01-06 at 09:00 UTC. */
function scan(double: GitHubDouble, now: string) {
  return scanReviewDue({
    octokit: octokitFor(double),
    docs: { owner: double.repo.owner, repo: double.repo.name },
    ref: double.repo.defaultBranch,
    htmlUrl: `https://github.com/${double.repo.owner}/${double.repo.name}`,
    config: ConfigSchema.parse({}),
    today: now.slice(0, 10),
    now,
    log: silent,
  }).then((result) => result.runs!);
}

describe("scheduled runs", () => {
  it("opens one run per SOP and period (schedule: 0 6 * * 1), whatever the reruns, and the next one a week later", async () => {
    const double = docsDouble();
    const before = double.calls.length;
    const first = await scan(double, "2025-01-06T09:30:00Z");
    expect(first).toMatchObject({
      scheduled: 1,
      alreadyOpened: 0,
      reminded: [],
    });
    expect(first.opened).toHaveLength(1);
    const run = double.issue(first.opened[0]!)!;
    expect(run.title).toBe("Run: Swap a forklift battery (2025-01-06 06:00)");
    expect(run.labels).toEqual(["sop-run"]);
    expect(run.assignees).toEqual(["mona"]);
    expect(runKeyOf(run.body)).toMatchObject({
      path: SOP_PATH,
      period: "2025-01-06T06:00",
      commit: double.branchHead("main"),
    });
    // The scan's own requests (tree, catalog, open review issues: read every run, a review an SOP no longer needs is closed) + list open runs + list runs since the period + branch + the SOP file + the issue.
    expect(double.calls.length - before).toBe(3 + 1 + 1 + 1 + 1 + 1);

    const again = await scan(double, "2025-01-06T15:00:00Z");
    expect(again).toMatchObject({ scheduled: 1, alreadyOpened: 1, opened: [] });
    // A completed (closed) run still stands for its period.
    double.closeIssue({ issue: run.number, author: "mona" });
    expect(await scan(double, "2025-01-07T08:00:00Z")).toMatchObject({
      alreadyOpened: 1,
      opened: [],
    });

    const nextWeek = await scan(double, "2025-01-13T06:05:00Z");
    expect(nextWeek.opened).toHaveLength(1);
    expect(runKeyOf(double.issue(nextWeek.opened[0]!)?.body)?.period).toBe(
      "2025-01-13T06:00",
    );
    expect(double.violations).toEqual([]);
  });

  it("does not let a person's look-alike issue stand in for the scheduled run", async () => {
    const double = docsDouble();
    const first = await scan(double, "2025-01-06T09:30:00Z");
    const real = double.issue(first.opened[0]!)!;
    double.addUser("mallory");
    // Next week's run, forged ahead of time by a person: it must not silence the real one.
    double.openIssue({
      title: "Run",
      author: "mallory",
      body: (real.body ?? "").replace("2025-01-06T06:00", "2025-01-13T06:00"),
      labels: ["sop-run"],
    });
    expect((await scan(double, "2025-01-13T06:05:00Z")).opened).toHaveLength(1);
  });

  it("reminds an open run with unticked boxes once, after run_reminder_hours (24)", async () => {
    const double = docsDouble();
    const { opened } = await scan(double, "2025-01-06T09:30:00Z");
    const number = opened[0]!;
    expect((await scan(double, "2025-01-07T08:00:00Z")).reminded).toEqual([]);
    expect((await scan(double, "2025-01-07T10:00:00Z")).reminded).toEqual([
      number,
    ]);
    const run = double.issue(number)!;
    expect(run.labels).toEqual(["sop-run", "sop-run: reminded"]);
    expect(run.comments).toHaveLength(1);
    expect(run.comments[0]?.body).toMatch(
      /^@mona: this run is open for more than 24 hours with 7 of 7 boxes unticked:/,
    );
    expect((await scan(double, "2025-01-08T10:00:00Z")).reminded).toEqual([]);
    expect(double.issue(number)?.comments).toHaveLength(1);
    expect(readCheckboxes(run.body ?? "")).toHaveLength(7);
    expect(double.violations).toEqual([]);
  });
});
