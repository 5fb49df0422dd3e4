import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildChecklist } from "../../src/core/checklist/build-checklist.js";
import { readCheckboxes } from "../../src/core/checklist/read-checkboxes.js";
import { runKeyOf } from "../../src/core/checklist/run-marker.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";

const SOP = readFileSync(
  new URL("../fixtures/run-sops/swap-forklift-battery.md", import.meta.url),
  "utf8",
);
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const LINK = `https://github.com/acme/warehouse/blob/${COMMIT}/docs/sops/swap-forklift-battery.md`;

describe("a run's checklist", () => {
  const run = buildChecklist({
    sop: parseSop(SOP),
    path: "docs/sops/swap-forklift-battery.md",
    commit: COMMIT,
    link: LINK,
  });

  it("reads as a task list people tick", async () => {
    await expect(`# ${run.title}\n\n${run.body}`).toMatchFileSnapshot(
      "../snapshots/__snapshots__/runs/checklist-issue.md",
    );
  });

  it("has one box per step, then one per item of the definition of done", () => {
    const boxes = readCheckboxes(run.body);
    expect(boxes.map((b) => b.label)).toEqual([
      expect.stringMatching(/^1\. Park the forklift/),
      expect.stringMatching(/^2\. Forklift driver: disconnect/),
      expect.stringMatching(/^3\. Lift the battery/),
      expect.stringMatching(/^4\. Lower a charged battery/),
      expect.stringMatching(/^5\. Shift lead: record/),
      "The forklift runs on a charged battery.",
      "The charging log shows the swap.",
    ]);
    expect(boxes.every((b) => !b.checked)).toBe(true);
  });

  it("shows each step's role, tool and caution inline and folds the edge cases", () => {
    expect(run.body).toContain(
      "**3.** Lift the battery out with the battery hoist. — *Tool: Battery hoist*",
    );
    expect(run.body).toContain("*Role: Shift lead · Tool: Charging log*");
    expect(run.body).toMatch(
      /\*\*2\.\*\* Forklift driver: disconnect the battery cable\. — \*Role: Forklift driver\*\n {2}> \*\*⚠️ Caution:\*\* Battery acid burns/,
    );
    expect(run.body).toContain("<details><summary>Edge cases (2)</summary>");
  });

  it("links the SOP at the commit it was made from and carries the run's key", () => {
    expect(run.body).toContain(`](${LINK})`);
    expect(runKeyOf(run.body)).toEqual({
      id: "swap-forklift-battery",
      path: "docs/sops/swap-forklift-battery.md",
      commit: COMMIT,
      version: "1.2",
      period: null,
    });
    expect(run.labels).toEqual(["sop-run"]);
  });

  it("never notifies the people the SOP names", () => {
    const named = buildChecklist({
      sop: parseSop(
        SOP.replace("Park the forklift", "Tell @ines, then park the forklift"),
      ),
      path: "p.md",
      commit: COMMIT,
      link: LINK,
    });
    expect(named.body).toContain("@\u200Bines");
  });
});
