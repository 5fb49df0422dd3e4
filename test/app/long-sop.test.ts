import { expect, it } from "vitest";
import { listNotes } from "../../src/core/notes/list-notes.js";
import type { TaskComment } from "../../src/core/ports/forge.js";
import { partSpans } from "../faults/harness/task-notes.js";
import { createHarness, OPERATOR } from "./app-harness.js";
import { PULL, TASK } from "./lifecycle-events.js";

const systems = [
  "Jira",
  "Confluence",
  "Salesforce",
  "Stripe",
  "Zendesk",
  "Okta",
  "Slack",
  "GitHub",
];

/** A request for a long process: 80 concrete steps, each naming its tool. */
function longRequest(): { title: string; body: string } {
  const steps = Array.from({ length: 80 }, (_, i) => {
    const tool = systems[i % systems.length] ?? "Jira";
    return `${i + 1}. Open the quarterly vendor record number ${i + 1} in ${tool} and copy its renewal date, owner and contract value into the audit sheet (tool: ${tool}; access: auditor role)`;
  });
  const body = [
    "Purpose: Every vendor contract is reviewed before it renews.",
    "Who: Procurement analyst",
    "Trigger: The first business day of each quarter",
    "",
    "Steps:",
    ...steps,
    "",
    "Done when: every vendor record has a reviewed renewal date in the audit sheet.",
  ].join("\n");
  return { title: "SOP: Quarterly vendor audit", body };
}

it("keeps a long SOP's draft note short: the file's location and a summary, and every note part within 10,000 characters", async () => {
  const h = await createHarness();
  const { double } = h;
  await h.deliver(
    double.openIssue({ ...longRequest(), author: OPERATOR, labels: ["sop"] }),
  );
  if (!double.issue(PULL))
    await h.deliver(
      double.comment({ issue: TASK, author: OPERATOR, body: "/sop draft" }),
    );

  const pull = double.issue(PULL)?.pull;
  const path = "docs/sops/quarterly-vendor-audit.md";
  const sop = double.fileAt(pull?.headSha ?? "", path) ?? "";
  expect(sop.length).toBeGreaterThan(10_000);

  const comments = double.issue(TASK)?.comments ?? [];
  for (const c of comments) {
    expect(c.body.length).toBeLessThanOrEqual(65_536);
    if (c.author !== "sopflow[bot]") continue;
    const spans = partSpans(c.body);
    expect(spans.at(-1)?.end).toBe(c.body.length);
    for (const { start, end } of spans)
      expect(end - start).toBeLessThanOrEqual(10_000);
  }
  const asTask: TaskComment[] = comments.map((c) => ({
    id: String(c.id),
    author: c.author,
    authorKind: "self",
    body: c.body,
    createdAt: c.createdAt,
  }));
  const notes = listNotes(asTask);
  const draft = notes.find((n) => n.header.step === "draft");
  const draftData = draft?.data as { path: string; commit: string };
  expect(draftData.path).toBe(path);
  expect(double.fileAt(draftData.commit, path)).toBeDefined();
  expect(draft?.body).toContain(
    `https://github.com/acme/docs/blob/${draftData.commit}/${path}`,
  );
  expect(draft?.body).toMatch(/records its location instead of the whole text/);
  expect(draft?.body).not.toContain("vendor record number 80");
  const capture = notes.find((n) => n.header.step === "capture");
  // The capture itself is long too: its note comes in parts that read back whole.
  expect(capture?.header.parts).toBeGreaterThan(1);
  expect(
    (capture?.data as { capture: { steps: unknown[] } }).capture.steps,
  ).toHaveLength(80);
  double.assertValid();
});
