import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/core/catalog/build-catalog.js";
import { readCatalogEntry } from "../../src/core/catalog/catalog-entry.js";
import { readCatalog } from "../../src/core/catalog/read-catalog.js";
import { listRunSummaries } from "../../src/forge/github/runs/list-run-summaries.js";
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
} from "../app/app-harness.js";
import { handoverRequest } from "../app/lifecycle-events.js";

const CATALOG = "docs/sops/README.md";
const SOP_PATH = "docs/sops/swap-forklift-battery.md";
const SOP = readFileSync(
  new URL("../fixtures/run-sops/swap-forklift-battery.md", import.meta.url),
  "utf8",
);
const OTHER = readFileSync(
  new URL("../fixtures/good-sops/rotate-api-keys.md", import.meta.url),
  "utf8",
);
const entries = [
  readCatalogEntry({ path: SOP_PATH, markdown: SOP })!,
  readCatalogEntry({ path: "docs/sops/rotate-api-keys.md", markdown: OTHER })!,
];

describe("the catalog shows runs", () => {
  it("lists each SOP's last run and run count from the run issues (one listing request)", async () => {
    const h = await createHarness({
      double: { repo: { files: { "README.md": "# docs\n", [SOP_PATH]: SOP } } },
    });
    await h.deliver(
      h.double.openIssue({ title: "x", author: OPERATOR, body: "x" }),
    );
    await h.deliver(
      h.double.comment({
        issue: 1,
        author: MAINTAINER,
        body: "/sop run swap-forklift-battery",
      }),
    );
    await h.deliver(
      h.double.comment({
        issue: 1,
        author: MAINTAINER,
        body: `/sop run ${SOP_PATH}`,
      }),
    );
    const before = h.double.calls.length;
    const { octokitFor } =
      await import("../support/github-double/test-clients.js");
    const runs = await listRunSummaries({
      octokit: octokitFor(h.double),
      repo: { owner: h.double.repo.owner, repo: h.double.repo.name },
    });
    expect(h.double.calls.length - before).toBe(1);
    expect(runs.get(SOP_PATH)).toEqual({
      count: 2,
      last: {
        on: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        url: expect.stringMatching(/\/issues\/[23]$/),
      },
    });

    const text = buildCatalog({
      existing: null,
      entries,
      catalogPath: CATALOG,
      runs,
    });
    expect(text).toMatch(
      /\| ID +\| Title +\| Version +\| Owner +\| Status +\| Last validated +\| Review due +\| Schedule +\| Last run +\| Runs \|/,
    );
    expect(text).toMatch(
      /\| swap-forklift-battery +\|.*\| `0 6 \* \* 1` +\| \[\d{4}-\d\d-\d\d\]\(https:\/\/github\.com\/acme\/docs\/issues\/[23]\) +\| 2 +\|/,
    );
    expect(text).toMatch(/\| rotate-api-keys +\|.*\| +\| +\| 0 +\|/);
    // Rebuilt where runs are not known (sopflow catalog, locally): the runs shown are kept, so the catalog is not stale.
    expect(
      buildCatalog({ existing: text, entries, catalogPath: CATALOG }),
    ).toBe(text);
    expect(
      readCatalog({ markdown: text, catalogPath: CATALOG }).find(
        (e) => e.path === SOP_PATH,
      ),
    ).toMatchObject({ schedule: "0 6 * * 1", runs: { count: 2 } });
    expect(h.double.violations).toEqual([]);
  });

  it("a draft pull request's catalog shows the runs so far (the runs listed as its row is written)", async () => {
    const existing = buildCatalog({
      existing: null,
      entries: [entries[0]!],
      catalogPath: CATALOG,
    });
    const h = await createHarness({
      config: "docs_folder: docs/sops\n",
      double: {
        repo: {
          files: {
            "README.md": "# docs\n",
            [SOP_PATH]: SOP,
            [CATALOG]: existing,
          },
        },
      },
    });
    const d = h.double;
    await h.deliver(d.openIssue({ title: "x", author: OPERATOR, body: "x" }));
    for (let i = 0; i < 2; i++)
      await h.deliver(
        d.comment({
          issue: 1,
          author: MAINTAINER,
          body: "/sop run swap-forklift-battery",
        }),
      );
    const task = d.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    });
    await h.deliver(task);
    const number = task.payload.issue.number;
    await h.deliver(
      d.comment({ issue: number, author: OPERATOR, body: exampleAnswers() }),
    );
    const branch = `sopflow/${number}-on-call-handover`;
    const rows = readCatalog({
      markdown: d.fileAt(branch, CATALOG) ?? "",
      catalogPath: CATALOG,
    });
    expect(rows.map((r) => r.path).sort()).toEqual(
      ["docs/sops/on-call-handover.md", SOP_PATH].sort(),
    );
    expect(rows.find((r) => r.path === SOP_PATH)).toMatchObject({
      runs: { count: 2 },
    });
    expect(d.violations).toEqual([]);
  });

  it("reads as before when no SOP has runs or a schedule", () => {
    const plain = [entries[1]!];
    const text = buildCatalog({
      existing: null,
      entries: plain,
      catalogPath: CATALOG,
    });
    expect(text).not.toContain("Runs");
    expect(text).not.toContain("Schedule");
  });
});
