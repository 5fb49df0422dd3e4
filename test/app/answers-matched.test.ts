import { describe, expect, it } from "vitest";
import { listNotes } from "../../src/core/notes/list-notes.js";
import {
  CaptureDataSchema,
  readData,
} from "../../src/core/workflow/task-data.js";
import { createHarness, OPERATOR, type Harness } from "./app-harness.js";
import { handoverRequest, PULL, SOP_PATH, TASK } from "./lifecycle-events.js";

function latestCapture(h: Harness) {
  const notes = listNotes(
    (h.double.issue(TASK)?.comments ?? []).map((c) => ({
      id: String(c.id),
      author: c.author,
      authorKind: c.author === "sopflow[bot]" ? "self" : "human",
      body: c.body,
      createdAt: c.createdAt,
    })),
  ).filter((n) => n.header.step === "capture");
  const note = notes.at(-1);
  return {
    body: (note?.body ?? "").replace(/\\(.)/g, "$1"),
    capture: readData(CaptureDataSchema, note)?.capture,
  };
}

async function asked(): Promise<Harness> {
  const h = await createHarness();
  await h.deliver(
    h.double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    }),
  );
  expect(latestCapture(h).capture?.questions.map((q) => q.about)).toEqual([
    "trigger",
    "step:3",
    "tool:Opsgenie",
    "pitfall:2",
  ]);
  return h;
}

describe("answers are matched, echoed and checked", () => {
  it("a repeated number, a dash-numbered line and an unknown number: each answer shown with its question, the rest replied to and left out", async () => {
    const h = await asked();
    const questions = latestCapture(h).capture?.questions ?? [];
    await h.deliver(
      h.double.comment({
        issue: TASK,
        author: OPERATOR,
        body: "1. Every Monday at 10:00 UTC\n1. Every Tuesday\n3 - The Opsgenie Responder role\n7. We also have a wiki",
      }),
    );
    const { body, capture } = latestCapture(h);
    expect(body).toContain(
      `**3. ${questions[2]?.text}** → "The Opsgenie Responder role"`,
    );
    expect(body).toMatch(/Not used \(nothing changed\)/);
    expect(body).toContain(
      "question 1 was answered 2 times in one comment: none of them was used",
    );
    expect(body).toContain('"7. We also have a wiki": there is no question 7');
    // Nothing misfiled: the trigger is still open, the access went to the tool, the wiki line is nowhere.
    expect(capture?.trigger).toBeNull();
    expect(capture?.tools.find((t) => t.name === "Opsgenie")?.access).toBe(
      "The Opsgenie Responder role",
    );
    expect(capture?.questions.map((q) => q.id)).toEqual([1, 2, 4]);
    expect(JSON.stringify(capture)).not.toContain("wiki");
    expect(h.double.issue(TASK)?.labels).toContain("sop: needs info");
  });

  it("'not a step' closes the question and takes that text out of the steps, also in the draft", async () => {
    const h = await asked();
    await h.deliver(
      h.double.comment({
        issue: TASK,
        author: OPERATOR,
        body: "1. Every Monday at 10:00 UTC\n2. ignore that, it's not a step\n3. Responder role\n4. skip",
      }),
    );
    const { capture } = latestCapture(h);
    expect(capture?.steps.map((s) => s.text)).not.toContain(
      "Sort out the pager stuff",
    );
    expect(capture?.pitfalls[1]?.handling).toBeNull();
    expect(capture?.questions).toEqual([]);
    const head = h.double.issue(PULL)?.pull?.headSha ?? "";
    const sop = h.double.fileAt(head, SOP_PATH) ?? "";
    expect(sop).not.toMatch(/pager stuff|ignore that/i);
    expect(sop).toContain("Every Monday at 10:00 UTC");
  });
});
