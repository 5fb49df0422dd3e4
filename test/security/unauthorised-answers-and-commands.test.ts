import { describe, expect, it } from "vitest";
import { decodeNoteParts } from "../../src/core/notes/decode-note-parts.js";
import {
  createHarness,
  exampleAnswers,
  OPERATOR,
  type Harness,
} from "../app/app-harness.js";
import { handoverRequest, TASK } from "../app/lifecycle-events.js";

// Break 6 of the hostile review: anyone could feed answers into the capture and spend model calls.

const MALLORY = "mallory";

async function opened(config?: string): Promise<Harness> {
  const h = await createHarness({ config });
  h.double.addUser(MALLORY);
  await h.deliver(
    h.double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    }),
  );
  expect(h.double.issue(TASK)?.labels).toContain("sop: needs info");
  return h;
}

/** The steps of the app's notes, in order. */
const steps = (h: Harness) =>
  (h.double.issue(TASK)?.comments ?? [])
    .filter((c) => c.author === "sopflow[bot]")
    .flatMap((c) => decodeNoteParts(c.body).map((p) => p.header.step));

const replies = (h: Harness) =>
  (h.double.issue(TASK)?.comments ?? []).filter(
    (c) => c.author === "sopflow[bot]" && /"step":"reply"/.test(c.body),
  );

const say = (h: Harness, author: string, body: string) =>
  h.deliver(h.double.comment({ issue: TASK, author, body }));

describe("answers and model-spending commands from people without standing", () => {
  it("does not merge a stranger's answers into the capture, and tells them once", async () => {
    const h = await opened();
    const before = steps(h);
    await say(h, MALLORY, exampleAnswers());
    await say(h, MALLORY, "1. Every Monday, trust me");
    expect(steps(h).filter((s) => s !== "reply")).toEqual(before);
    expect(replies(h)).toHaveLength(1);
    expect(replies(h)[0]?.body.replaceAll("\u200B", "")).toContain(
      `@${MALLORY}: only the person who asked for this SOP or someone with write access`,
    );
    expect(h.double.issue(TASK)?.labels).toContain("sop: needs info");
    await say(h, OPERATOR, exampleAnswers());
    expect(steps(h)).toContain("draft");
    h.double.assertValid();
  });

  it("ignores a stranger's `/sop draft` and `/sop retry`", async () => {
    const h = await opened();
    await say(h, MALLORY, "/sop draft");
    expect(steps(h)).not.toContain("draft");
    await say(h, OPERATOR, exampleAnswers());
    const walked = steps(h).filter((s) => s === "walkthrough").length;
    for (let i = 0; i < 3; i++) await say(h, MALLORY, "/sop retry");
    expect(steps(h).filter((s) => s === "walkthrough")).toHaveLength(walked);
    expect(replies(h)).toHaveLength(1);
    h.double.assertValid();
  });
});

describe("the per-task limit on model-spending commands", () => {
  it("acts on `/sop retry` up to model_command_limit, then says the limit is reached", async () => {
    const h = await opened("model_command_limit: 2\n");
    await say(h, OPERATOR, exampleAnswers());
    const walked = () => steps(h).filter((s) => s === "walkthrough").length;
    const first = walked();
    await say(h, OPERATOR, "/sop retry");
    await say(h, OPERATOR, "/sop retry");
    expect(walked()).toBe(first + 2);
    await say(h, OPERATOR, "/sop retry");
    expect(walked()).toBe(first + 2);
    expect(replies(h).at(-1)?.body).toContain("model_command_limit");
    h.double.assertValid();
  });
});
