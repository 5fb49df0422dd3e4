// Runs of an SOP on the GitHub double (requests and responses checked against GitHub's OpenAPI
// description; webhooks built from GitHub's own examples): started three ways, ticked, completed,
// and a step reported wrong.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCheckboxes } from "../../src/core/checklist/read-checkboxes.js";
import { readRunRecord } from "../../src/core/checklist/run-record.js";
import { runKeyOf } from "../../src/core/checklist/run-marker.js";
import { createHarness, MAINTAINER, OPERATOR } from "../app/app-harness.js";

const SOP_PATH = "docs/sops/swap-forklift-battery.md";
const SOP = readFileSync(
  new URL("../fixtures/run-sops/swap-forklift-battery.md", import.meta.url),
  "utf8",
);
const BOT = "sopflow[bot]";

async function harness() {
  return createHarness({
    double: { repo: { files: { "README.md": "# docs\n", [SOP_PATH]: SOP } } },
  });
}

/** The body with the boxes at these indexes ticked, as GitHub writes it when people click them. */
function tick(body: string, indexes: number[]): string {
  let n = -1;
  return body.replace(/^( *- )\[ \]/gm, (whole, lead: string) => {
    n++;
    return indexes.includes(n) ? `${lead}[x]` : whole;
  });
}

const botComments = (h: Awaited<ReturnType<typeof harness>>, issue: number) =>
  (h.double.issue(issue)?.comments ?? [])
    .filter((c) => c.author === BOT)
    .map((c) => c.body);

describe("runs of an SOP on GitHub", () => {
  it("/sop run opens a run pinned to the docs branch's commit, once per comment", async () => {
    const h = await harness();
    await h.deliver(
      h.double.openIssue({
        title: "Monday checks",
        author: OPERATOR,
        body: "Time for the battery swap.",
      }),
    );
    const command = h.double.comment({
      issue: 1,
      author: MAINTAINER,
      body: "/sop run swap-forklift-battery",
    });
    await h.deliver(command);
    const run = h.double.issue(2);
    expect(run?.title).toBe("Run: Swap a forklift battery");
    expect(run?.labels).toEqual(["sop-run"]);
    const head = h.double.branchHead("main")!;
    expect(runKeyOf(run?.body)).toEqual({
      id: "swap-forklift-battery",
      path: SOP_PATH,
      commit: head,
      version: "1.2",
      period: null,
    });
    expect(run?.body).toContain(
      `/blob/${head}/docs/sops/swap-forklift-battery.md)`,
    );
    expect(readCheckboxes(run?.body ?? "")).toHaveLength(7);
    expect(botComments(h, 1)).toEqual([
      expect.stringMatching(
        /^Started run #2 of `docs\/sops\/swap-forklift-battery\.md` \(version 1\.2\)/,
      ),
    ]);
    // The same delivery again (a redelivery): no second run.
    await h.deliver(command);
    expect(h.double.issue(3)).toBeUndefined();
    expect(h.double.violations).toEqual([]);
  });

  it("an issue opened from the Run an SOP form becomes the run; an unknown SOP gets a reply", async () => {
    const h = await harness();
    await h.deliver(
      h.double.openIssue({
        title: "Run: ",
        author: OPERATOR,
        labels: ["sop-run"],
        body: `### SOP to run (id or path)\n\n${SOP_PATH}\n`,
      }),
    );
    expect(h.double.issue(1)?.title).toBe("Run: Swap a forklift battery");
    expect(runKeyOf(h.double.issue(1)?.body)?.path).toBe(SOP_PATH);
    await h.deliver(
      h.double.openIssue({
        title: "Run: ",
        author: OPERATOR,
        labels: ["sop-run"],
        body: "### SOP to run (id or path)\n\nno-such-sop\n",
      }),
    );
    expect(botComments(h, 2)).toEqual([
      expect.stringMatching(
        /^Unexpected SOP `no-such-sop`: no such SOP on main/,
      ),
    ]);
    expect(h.double.violations).toEqual([]);
  });

  it("ticking boxes is the record: who ticked which step and when, then the run closes with the completion note", async () => {
    const h = await harness();
    await h.deliver(
      h.double.openIssue({
        title: "Run: ",
        author: OPERATOR,
        labels: ["sop-run"],
        body: `### SOP to run (id or path)\n\nswap-forklift-battery\n`,
      }),
    );
    const opened = h.double.issue(1)!.body ?? "";
    const costs = [];
    costs.push(
      await h.deliver(
        h.double.editIssue({
          issue: 1,
          author: OPERATOR,
          body: tick(opened, [0, 1]),
        }),
      ),
    );
    const record = readRunRecord(botComments(h, 1)[0]);
    expect(record?.log.map((e) => [e.label.slice(0, 2), e.by])).toEqual([
      ["1.", OPERATOR],
      ["2.", OPERATOR],
    ]);
    // A text edit that ticks nothing adds nothing.
    await h.deliver(
      h.double.editIssue({
        issue: 1,
        author: MAINTAINER,
        title: "Run: Swap a forklift battery (bay 3)",
      }),
    );
    expect(botComments(h, 1)).toHaveLength(1);
    costs.push(
      await h.deliver(
        h.double.editIssue({
          issue: 1,
          author: MAINTAINER,
          body: tick(opened, [0, 1, 2, 3, 4, 5, 6]),
        }),
      ),
    );
    const comments = botComments(h, 1);
    expect(comments).toHaveLength(2);
    expect(comments[1]).toMatch(
      /^\*\*Run complete\.\*\* Every box is ticked \(7\)/,
    );
    expect(comments[1]).toMatch(/\| 1\. Park the forklift[^|]*\| @dana +\|/);
    expect(comments[1]).toMatch(
      /\| The charging log shows the swap\. +\| @mo +\|/,
    );
    expect(h.double.issue(1)?.state).toBe("closed");
    await expect(comments.join("\n\n---\n\n")).toMatchFileSnapshot(
      "../snapshots/__snapshots__/runs/run-record-and-completion.md",
    );
    expect(costs).toEqual([2, 4]);
    expect(h.double.violations).toEqual([]);
  });

  it("/sop wrong on a run becomes a revision request in the Revise an SOP form, linking the run", async () => {
    const h = await harness();
    await h.deliver(
      h.double.openIssue({
        title: "Run: ",
        author: OPERATOR,
        labels: ["sop-run"],
        body: `### SOP to run (id or path)\n\n${SOP_PATH}\n`,
      }),
    );
    const report = h.double.comment({
      issue: 1,
      author: OPERATOR,
      body: "/sop wrong 3 The hoist needs its safety pin out first.\nIt jams otherwise.",
    });
    await h.deliver(report);
    const request = h.double.issue(2);
    expect(request?.labels).toEqual(["sop"]);
    expect(request?.title).toBe(
      "Revise Swap a forklift battery: step 3 wrong or unclear",
    );
    expect(request?.body).toContain(
      `### SOP to revise (id or path)\n\n${SOP_PATH}\n\n### What changed and why\n\nStep 3 ("3. Lift the battery out with the battery hoist.`,
    );
    expect(request?.body).toContain(
      "> The hoist needs its safety pin out first.\n> It jams otherwise.",
    );
    expect(request?.body).toContain(
      h.double.issue(1)!.comments[0]!.body === undefined ? "" : "/issues/1",
    );
    expect(botComments(h, 1)).toEqual([
      expect.stringMatching(/^Thanks @dana: revision request #2/),
    ]);
    await expect(`# ${request?.title}\n\n${request?.body}`).toMatchFileSnapshot(
      "../snapshots/__snapshots__/runs/revision-request.md",
    );
    await h.deliver(report);
    expect(h.double.issue(3)).toBeUndefined();
    // Ordinary talk on a run is not a report.
    await h.deliver(
      h.double.comment({
        issue: 1,
        author: OPERATOR,
        body: "Bay 3 done, moving to bay 4.",
      }),
    );
    expect(h.double.issue(3)).toBeUndefined();
    expect(h.double.violations).toEqual([]);
  });

  it("someone outside the repository's people cannot make the app open runs", async () => {
    const h = await harness();
    h.double.addUser("stranger");
    await h.deliver(
      h.double.openIssue({ title: "Hi", author: "stranger", body: "Hello" }),
    );
    await h.deliver(
      h.double.comment({
        issue: 1,
        author: "stranger",
        body: "/sop run swap-forklift-battery",
      }),
    );
    expect(h.double.issue(2)).toBeUndefined();
    expect(botComments(h, 1)).toEqual([]);
  });

  it("/sop run without an SOP is answered with the usage, and opens nothing", async () => {
    const h = await harness();
    await h.deliver(
      h.double.openIssue({ title: "x", author: OPERATOR, body: "x" }),
    );
    await h.deliver(
      h.double.comment({ issue: 1, author: MAINTAINER, body: "/sop run" }),
    );
    expect(h.double.issue(2)).toBeUndefined();
    expect(botComments(h, 1)).toEqual([
      expect.stringMatching(/^Which SOP\? Comment `\/sop run <id or path>`/),
    ]);
    expect(h.double.violations).toEqual([]);
  });
});
