import { describe, expect, it } from "vitest";
import { readCheckboxes } from "../../src/core/checklist/read-checkboxes.js";
import { recordEdit } from "../../src/core/checklist/record-edit.js";
import {
  completionNote,
  emptyRunRecord,
  readRunRecord,
  runRecordBody,
} from "../../src/core/checklist/run-record.js";

// Hand-written bodies: a run's task list in the shape buildChecklist writes it.
const body = (ticked: boolean[]) =>
  ["**1.** Park.", "**2.** Unplug.", "Done."]
    .map((label, i) => `- [${ticked[i] ? "x" : " "}] ${label}`)
    .join("\n");

describe("the run record", () => {
  const start = emptyRunRecord(readCheckboxes(body([false, false, false])));

  it("records who ticked which box in each edit, and when every box is ticked", () => {
    const first = recordEdit({
      record: start,
      before: readCheckboxes(body([false, false, false])),
      after: readCheckboxes(body([true, false, false])),
      sender: "alice",
      at: "2026-12-05T10:00:00Z",
    });
    expect(first.record.log).toEqual([
      {
        index: 0,
        label: "1. Park.",
        checked: true,
        by: "alice",
        at: "2026-12-05T10:00:00Z",
      },
    ]);
    expect(first.complete).toBe(false);
    const second = recordEdit({
      record: first.record,
      before: readCheckboxes(body([true, false, false])),
      after: readCheckboxes(body([true, true, true])),
      sender: "bob",
      at: "2026-12-05T10:05:00Z",
    });
    expect(second.complete).toBe(true);
    expect(second.record.log.map((e) => [e.label, e.by])).toEqual([
      ["1. Park.", "alice"],
      ["2. Unplug.", "bob"],
      ["Done.", "bob"],
    ]);
  });

  it("attributes boxes changed in edits it never heard of to nobody", () => {
    const edit = recordEdit({
      record: start,
      // An earlier edit ticked box 1 while sopflow was not listening.
      before: readCheckboxes(body([true, false, false])),
      after: readCheckboxes(body([true, true, false])),
      sender: "bob",
      at: "2026-12-05T11:00:00Z",
    });
    expect(edit.record.log.map((e) => [e.label, e.by])).toEqual([
      ["1. Park.", null],
      ["2. Unplug.", "bob"],
    ]);
  });

  it("reads a text edit that ticks nothing as no change", () => {
    const edit = recordEdit({
      record: start,
      before: readCheckboxes(body([false, false, false])),
      after: readCheckboxes(body([false, false, false])),
      sender: "bob",
      at: "2026-12-05T11:00:00Z",
    });
    expect(edit.changed).toBe(false);
  });

  it("keeps the record in its comment and closes with a note naming each step's ticker", () => {
    const done = recordEdit({
      record: start,
      before: null,
      after: readCheckboxes(body([true, true, true])),
      sender: "carol",
      at: "2026-12-05T12:00:00Z",
    });
    const comment = runRecordBody(done.record);
    expect(readRunRecord(comment)).toEqual(done.record);
    expect(
      readRunRecord(
        comment.replace("sopflow:run-record ", "sopflow:run-record x"),
      ),
    ).toBeNull();
    const note = completionNote({
      record: done.record,
      at: "2026-12-05T12:00:01Z",
    });
    expect(note).toMatch(
      /\| 2\. Unplug\. +\| @carol +\| 2026-12-05T12:00:00Z \|/,
    );
    expect(note).toContain("Every box is ticked (3)");
  });
});

describe("a revision request from a run", () => {
  it("quotes the report without pinging the people it names", async () => {
    const { revisionRequest } =
      await import("../../src/core/checklist/revision-request.js");
    const request = revisionRequest({
      key: {
        id: "x",
        path: "docs/sops/x.md",
        commit: "abc",
        version: "1.0",
        period: null,
      },
      sopTitle: "X",
      stepLabel: "2. Unplug.",
      step: "2",
      text: "Ask @acme/ops first",
      author: "@dana",
      runUrl: "https://github.com/acme/docs/issues/4",
      commentUrl: "https://github.com/acme/docs/issues/4#issuecomment-9",
    });
    expect(request.body).toContain("> Ask @\u200Bacme/ops first");
    expect(request.body).toContain("by @dana while running it");
  });
});

describe("a long run record", () => {
  it("keeps the latest change of every box when it drops the oldest changes", async () => {
    const { LOG_LIMIT } =
      await import("../../src/core/checklist/record-edit.js");
    let record = emptyRunRecord(readCheckboxes(body([false, false, false])));
    let ticked = [false, false, false];
    for (let n = 0; n < LOG_LIMIT + 10; n++) {
      const next = [...ticked];
      next[n % 2] = !next[n % 2];
      if (n === 0) next[2] = true;
      record = recordEdit({
        record,
        before: readCheckboxes(body(ticked)),
        after: readCheckboxes(body(next)),
        sender: `p${n}`,
        at: `t${n}`,
      }).record;
      ticked = next;
    }
    expect(record.log).toHaveLength(LOG_LIMIT);
    expect(record.log.find((e) => e.index === 2)).toMatchObject({ by: "p0" });
    expect(runRecordBody(record).length).toBeLessThan(65_536);
  });
});
