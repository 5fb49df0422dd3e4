import { afterEach, describe, expect, it } from "vitest";
import { CaptureSchema } from "../../src/core/capture/capture-schema.js";
import type { Feedback } from "../../src/core/ports/model.js";
import { SopContentSchema } from "../../src/core/sop/sop-schema.js";
import { stepOutputs } from "../../src/model/openai/json-schemas.js";
import { startChatServer } from "../support/chat-server.js";
import type { ChatServer } from "../support/chat-server.js";
import {
  fixtureAnswer,
  loadModelFixture,
  loadRequest,
} from "./model-fixtures.js";
import { openModel } from "./open-model.js";

let server: ChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface SentBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format: {
    type: string;
    json_schema: { name: string; strict: boolean; schema: unknown };
  };
}

const capture = CaptureSchema.parse(fixtureAnswer("capture-success"));
const draft = SopContentSchema.parse(fixtureAnswer("draft-success"));
const feedback: Feedback[] = [
  {
    id: "review:9001",
    author: "dana",
    body: "How long is the kickoff call, and by when must it happen?",
    line: 31,
    quote:
      "7. Book the kickoff call with the customer's champion in Google Calendar.",
  },
];

describe("the openai adapter on hand-written successes", () => {
  it("captures: returns the validated capture, the usage of one call, and sends a strict schema", async () => {
    server = await startChatServer(loadModelFixture("capture-success"));
    const result = await openModel(server).capture({
      request: loadRequest(),
      previous: null,
      answers: [],
    });

    expect(result.value.steps).toHaveLength(9);
    expect(result.value.steps.filter((step) => step.tribal)).toHaveLength(3);
    expect(result.value.questions.map((question) => question.id)).toEqual([
      1, 2, 3,
    ]);
    expect(result.value.nextQuestionId).toBe(4);
    expect(result.usage).toEqual({ calls: 1, tokensIn: 1486, tokensOut: 1037 });

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.path).toBe("/v1/chat/completions");
    expect(request?.headers.authorization).toBe("Bearer sk-test-loopback");
    const body = request?.body as SentBody;
    expect(body.model).toBe("gpt-4.1-mini");
    expect(body.messages.map((message) => message.role)).toEqual([
      "system",
      "user",
    ]);
    expect(body.response_format).toEqual({
      type: "json_schema",
      json_schema: {
        name: "sop_capture",
        strict: true,
        schema: stepOutputs.capture.jsonSchema,
      },
    });
    expect(server.pending()).toBe(0);
  });

  it("drafts: returns the validated SOP content with every open question as a gap", async () => {
    server = await startChatServer(loadModelFixture("draft-success"));
    const result = await openModel(server).draft({
      capture,
      previous: null,
      feedback: [],
      earlierFeedback: [],
    });

    expect(result.value.steps).toHaveLength(10);
    expect(result.value.gaps.map((gap) => gap.questionId)).toEqual(
      capture.questions.map((question) => question.id),
    );
    expect(result.usage).toEqual({ calls: 1, tokensIn: 2312, tokensOut: 1196 });
    expect(
      (server.requests[0]?.body as SentBody).response_format.json_schema.name,
    ).toBe("sop_draft");
    expect(server.pending()).toBe(0);
  });

  it("walks through: one request per round, findings, corrected content and each feedback id addressed", async () => {
    server = await startChatServer(loadModelFixture("walkthrough-success"));
    const result = await openModel(server).walkthrough({
      capture,
      content: draft,
      findings: [],
      feedback,
      earlierFeedback: [],
    });

    expect(server.requests).toHaveLength(1);
    expect(result.value.findings.map((finding) => finding.severity)).toContain(
      "error",
    );
    expect(result.value.content.steps[6]?.action).toMatch(
      /^Book a 45-minute kickoff call/,
    );
    expect(result.value.addressed.map((entry) => entry.id)).toEqual([
      "review:9001",
    ]);
    expect(result.usage).toEqual({ calls: 1, tokensIn: 3876, tokensOut: 1642 });
    expect(server.pending()).toBe(0);
  });

  it("waits for a slow answer that arrives within the timeout", async () => {
    const [success] = loadModelFixture("draft-success");
    server = await startChatServer([{ ...success, delayMs: 150 }]);
    const result = await openModel(server, { timeoutMs: 2_000 }).draft({
      capture,
      previous: null,
      feedback: [],
      earlierFeedback: [],
    });

    expect(result.value.title).toBe("Onboard a new enterprise customer");
    expect(server.requests).toHaveLength(1);
  });
});
