import { afterEach, describe, expect, it } from "vitest";
import { listNotes } from "../../src/core/notes/list-notes.js";
import {
  createHarness,
  exampleRequest,
  MAINTAINER,
  OPERATOR,
} from "../app/app-harness.js";
import { startChatServer, type ChatServer } from "../support/chat-server.js";
import {
  loadLifecycle,
  scriptOf,
  usageOf,
} from "../support/model-lifecycle.js";

const TASK = 1;
const PULL = 2;

describe("the GitHub App with an OpenAI-compatible model", () => {
  let server: ChatServer | null = null;
  afterEach(async () => server?.close());

  it("completes the lifecycle on hand-written model answers, and every note's header says which model and what it cost", async () => {
    const lifecycle = loadLifecycle("customer-onboarding");
    server = await startChatServer(scriptOf(lifecycle.exchanges));
    const harness = await createHarness({
      app: {
        modelFor: undefined,
        env: { OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: server.baseURL },
      },
    });
    const { double } = harness;

    await harness.deliver(
      double.openIssue({
        ...exampleRequest("customer-onboarding"),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    expect(double.issue(PULL)?.pull).toBeTruthy();
    await harness.deliver(
      double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );

    expect(double.violations).toEqual([]);
    expect(server.pending()).toBe(0);
    expect(double.issue(TASK)).toMatchObject({
      state: "closed",
      stateReason: "completed",
    });
    expect(double.issue(PULL)?.pull?.merged).toBe(true);

    const comments = (double.issue(TASK)?.comments ?? []).map((c, i) => ({
      id: String(i),
      author: c.author,
      authorKind:
        c.author === "sopflow[bot]" ? ("self" as const) : ("human" as const),
      body: c.body,
      createdAt: c.createdAt,
    }));
    const notes = listNotes(comments);
    expect(notes.map((n) => n.header.step)).toEqual([
      "capture",
      "draft",
      "walkthrough",
      "publish",
    ]);
    for (const note of notes.slice(0, 3)) {
      expect(note.header).toMatchObject({
        provider: "openai-compatible",
        model: "gpt-4.1-mini",
        calls: 1,
      });
      expect(note.header.tokensIn).toBeGreaterThan(0);
      expect(note.header.tokensOut).toBeGreaterThan(0);
    }
    const total = usageOf(lifecycle.exchanges);
    expect(notes.at(-1)?.header).toMatchObject({
      calls: total.calls,
      tokensIn: total.tokensIn,
      tokensOut: total.tokensOut,
    });
    expect(notes.at(-1)?.body).toContain(
      `${total.tokensIn} in, ${total.tokensOut} out`,
    );
  });
});
