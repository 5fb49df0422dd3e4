import { afterEach, describe, expect, it } from "vitest";
import { CaptureSchema } from "../../src/core/capture/capture-schema.js";
import type { CaptureInput } from "../../src/core/ports/model.js";
import { ModelError } from "../../src/model/model-error.js";
import { startChatServer } from "../support/chat-server.js";
import type { ChatServer, ScriptedResponse } from "../support/chat-server.js";
import {
  fixtureAnswer,
  loadModelFixture,
  loadRequest,
} from "./model-fixtures.js";
import type { ModelFixtureName } from "./model-fixtures.js";
import { openModel } from "./open-model.js";

let server: ChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const captureInput: CaptureInput = {
  request: loadRequest(),
  previous: null,
  answers: [],
};

async function serve(
  script: ModelFixtureName | ScriptedResponse[],
): Promise<ChatServer> {
  server = await startChatServer(
    typeof script === "string" ? loadModelFixture(script) : script,
  );
  return server;
}

/** The ModelError a call rejects with; fails the test when it resolves. */
async function modelErrorOf(call: Promise<unknown>): Promise<ModelError> {
  const outcome = await call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome))
    throw new Error(
      `Unexpected value ${JSON.stringify(outcome.value)}, expected a ModelError`,
    );
  expect(outcome.error).toBeInstanceOf(ModelError);
  return outcome.error as ModelError;
}

describe("the openai adapter's retries", () => {
  it("retries a 429 after its retry-after and returns the capture", async () => {
    const chat = await serve("rate-limited-then-success");
    const result = await openModel(chat).capture(captureInput);

    expect(result.value).toEqual(
      CaptureSchema.parse(fixtureAnswer("capture-success")),
    );
    expect(result.usage.calls).toBe(1);
    expect(chat.requests).toHaveLength(2);
    expect(chat.requests[1]?.headers["x-stainless-retry-count"]).toBe("1");
    expect(chat.pending()).toBe(0);
  });

  it("retries a 500 and returns the draft", async () => {
    const chat = await serve("server-error-then-success");
    const capture = CaptureSchema.parse(fixtureAnswer("capture-success"));
    const result = await openModel(chat).draft({
      capture,
      previous: null,
      feedback: [],
      earlierFeedback: [],
    });

    expect(result.value.steps).toHaveLength(10);
    expect(chat.requests).toHaveLength(2);
    expect(chat.pending()).toBe(0);
  });

  it("gives up after the default two retries of a 500 with a retryable server error", async () => {
    const chat = await serve("server-error-forever");
    const error = await modelErrorOf(openModel(chat).capture(captureInput));

    expect(chat.requests).toHaveLength(3);
    expect(error.kind).toBe("server");
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(
      /^Capture \(openai-compatible gpt-4\.1-mini\): .*500.*\/sop retry/,
    );
  });

  it("sends exactly one request on insufficient_quota and reports quota, not retryable", async () => {
    const chat = await serve("insufficient-quota");
    const error = await modelErrorOf(openModel(chat).capture(captureInput));

    expect(chat.requests).toHaveLength(1);
    expect(chat.pending()).toBe(1);
    expect(error.kind).toBe("quota");
    expect(error.retryable).toBe(false);
    expect(error.message).toContain("no quota left");
  });

  it("does not sleep through a retry-after longer than the step deadline", async () => {
    const [, success] = loadModelFixture("rate-limited-then-success");
    const longWait: ScriptedResponse = {
      status: 429,
      headers: { "retry-after": "3600" },
      body: {
        error: {
          message: "Rate limit reached for requests per day (RPD)",
          type: "requests",
          param: null,
          code: "rate_limit_exceeded",
        },
      },
    };
    const chat = await serve([longWait, success ?? {}]);
    const error = await modelErrorOf(
      openModel(chat, { stepDeadlineMs: 5_000 }).capture(captureInput),
    );

    expect(chat.requests).toHaveLength(1);
    expect(error.kind).toBe("rate-limited");
    expect(error.retryable).toBe(true);
  });
});

describe("the openai adapter's time limits", () => {
  it("turns a hang past the request timeout into a timeout error", async () => {
    const chat = await serve("hang");
    const error = await modelErrorOf(
      openModel(chat, { timeoutMs: 300, maxRetries: 0 }).capture(captureInput),
    );

    expect(error.kind).toBe("timeout");
    expect(error.retryable).toBe(true);
    expect(error.message).toContain(
      "did not answer within 300 ms (timeout). Comment `/sop retry` to try again, or rerun locally.",
    );
    expect(chat.requests).toHaveLength(1);
  });

  it("retries a timed-out request while the step deadline allows, then stops at the deadline", async () => {
    const chat = await serve("hang");
    const started = Date.now();
    const error = await modelErrorOf(
      openModel(chat, { timeoutMs: 150, stepDeadlineMs: 1_000 }).capture(
        captureInput,
      ),
    );

    expect(error.kind).toBe("timeout");
    expect(error.message).toContain("deadline of 1 s");
    expect(chat.requests.length).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe("the openai adapter never returns an answer it cannot trust", () => {
  const cases: {
    fixture: ModelFixtureName;
    kind: ModelError["kind"];
    says: RegExp;
  }[] = [
    { fixture: "malformed-json", kind: "invalid-output", says: /not JSON/ },
    {
      fixture: "schema-invalid",
      kind: "invalid-output",
      says: /did not match the sop_capture schema/,
    },
    { fixture: "refusal", kind: "refusal", says: /refused: I'm sorry/ },
    {
      fixture: "finish-length",
      kind: "truncated",
      says: /cut off at the model's output limit/,
    },
  ];
  for (const { fixture, kind, says } of cases) {
    it(`${fixture} → ModelError ${kind}, one request`, async () => {
      const chat = await serve(fixture);
      const error = await modelErrorOf(openModel(chat).capture(captureInput));

      expect(error.kind).toBe(kind);
      expect(error.message).toMatch(says);
      expect(chat.requests).toHaveLength(1);
    });
  }

  it("reports rejected credentials as auth, without retrying", async () => {
    const chat = await serve([
      {
        status: 401,
        body: {
          error: {
            message: "Incorrect API key provided.",
            type: "invalid_request_error",
            param: null,
            code: "invalid_api_key",
          },
        },
      },
    ]);
    const error = await modelErrorOf(openModel(chat).capture(captureInput));

    expect(error.kind).toBe("auth");
    expect(error.retryable).toBe(false);
    expect(chat.requests).toHaveLength(1);
  });

  it("reports an unknown model as a non-retryable server error naming the configuration", async () => {
    const chat = await serve([
      {
        status: 404,
        body: {
          error: {
            message:
              "The model `gpt-9` does not exist or you do not have access to it.",
            type: "invalid_request_error",
            param: null,
            code: "model_not_found",
          },
        },
      },
    ]);
    const error = await modelErrorOf(
      openModel(chat, { model: "gpt-9" }).capture(captureInput),
    );

    expect(error.kind).toBe("server");
    expect(error.retryable).toBe(false);
    expect(error.message).toContain("model.name");
  });

  it("reports an unreachable endpoint as a connection error", async () => {
    const chat = await serve([]);
    await chat.close();
    server = undefined;
    const error = await modelErrorOf(
      openModel(chat, { maxRetries: 0 }).capture(captureInput),
    );

    expect(error.kind).toBe("connection");
    expect(error.cause).toBeInstanceOf(Error);
  });
});
