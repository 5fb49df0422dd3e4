import { afterEach, describe, expect, it } from "vitest";
import { ConfigSchema } from "../../src/core/config/config-schema.js";
import type { Config } from "../../src/core/config/config-schema.js";
import { ModelError } from "../../src/model/model-error.js";
import { resolveModel } from "../../src/model/resolve-model.js";
import { startChatServer } from "../support/chat-server.js";
import type { ChatServer } from "../support/chat-server.js";
import { loadModelFixture, loadRequest } from "./model-fixtures.js";

const defaults: Config["model"] = ConfigSchema.parse({}).model;
const config = (model: Partial<Config["model"]> = {}): Config["model"] => ({
  ...defaults,
  ...model,
});
const outside = { inAction: false, actionToken: null };

let server: ChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("resolveModel in auto", () => {
  it("uses OpenAI when OPENAI_API_KEY is set", () => {
    const { model, reason } = resolveModel({
      config: config(),
      env: { OPENAI_API_KEY: "sk-x" },
      ...outside,
    });
    expect(model.identity).toEqual({
      provider: "openai",
      model: "gpt-4.1-mini",
    });
    expect(reason).toBe(
      "OPENAI_API_KEY is set: gpt-4.1-mini at https://api.openai.com/v1",
    );
  });

  it("uses an OpenAI-compatible endpoint at OPENAI_BASE_URL with the key", async () => {
    server = await startChatServer(loadModelFixture("capture-success"));
    const { model, reason } = resolveModel({
      config: config(),
      env: { OPENAI_API_KEY: "sk-local", OPENAI_BASE_URL: server.baseURL },
      ...outside,
    });
    expect(model.identity.provider).toBe("openai-compatible");
    expect(reason).toContain("(with OPENAI_BASE_URL)");

    await model.capture({
      request: loadRequest(),
      previous: null,
      answers: [],
    });
    expect(server.requests[0]?.headers.authorization).toBe("Bearer sk-local");
  });

  it("prefers the key over GitHub Models inside an Action", () => {
    const { model } = resolveModel({
      config: config(),
      env: { OPENAI_API_KEY: "sk-x" },
      inAction: true,
      actionToken: "ghs_token",
    });
    expect(model.identity.provider).toBe("openai");
  });

  it("uses GitHub Models with the workflow token inside an Action without a key (an unset secret is empty)", () => {
    const { model, reason } = resolveModel({
      config: config(),
      env: { OPENAI_API_KEY: "" },
      inAction: true,
      actionToken: "ghs_token",
    });
    expect(model.identity).toEqual({
      provider: "github-models",
      model: "openai/gpt-4.1-mini",
    });
    expect(reason).toContain("https://models.github.ai/inference");
    expect(reason).toContain("permissions: models: read");
  });

  it("falls back to the offline drafter without key or token", () => {
    for (const where of [outside, { inAction: true, actionToken: null }]) {
      const { model, reason } = resolveModel({
        config: config(),
        env: {},
        ...where,
      });
      expect(model.identity.provider).toBe("offline");
      expect(reason).toContain("offline drafter");
    }
  });
});

describe("resolveModel with an explicit provider", () => {
  it("honours offline even when a key is set", () => {
    const { model, reason } = resolveModel({
      config: config({ provider: "offline" }),
      env: { OPENAI_API_KEY: "sk-x" },
      ...outside,
    });
    expect(model.identity.provider).toBe("offline");
    expect(reason).toMatch(
      /^model\.provider is "offline" in the configuration/,
    );
  });

  it("refuses openai without a key, saying what to set", () => {
    const attempt = () =>
      resolveModel({
        config: config({ provider: "openai" }),
        env: {},
        ...outside,
      });
    expect(attempt).toThrow(ModelError);
    expect(attempt).toThrow(/OPENAI_API_KEY is not set/);
  });

  it("refuses github-models without a token, and takes GITHUB_TOKEN outside an Action", () => {
    expect(() =>
      resolveModel({
        config: config({ provider: "github-models" }),
        env: {},
        ...outside,
      }),
    ).toThrow(/no GitHub token/);
    const { model } = resolveModel({
      config: config({ provider: "github-models", name: "openai/gpt-4.1" }),
      env: { GITHUB_TOKEN: "ghp_x" },
      ...outside,
    });
    expect(model.identity).toEqual({
      provider: "github-models",
      model: "openai/gpt-4.1",
    });
  });

  it("lets overrides win over the configuration", async () => {
    server = await startChatServer(loadModelFixture("capture-success"));
    const { model, reason } = resolveModel({
      config: config({ provider: "offline", name: "ignored" }),
      env: {},
      inAction: true,
      actionToken: "ghs_token",
      overrides: {
        provider: "github-models",
        name: "openai/gpt-4.1-nano",
        baseUrl: server.baseURL,
      },
    });
    expect(model.identity).toEqual({
      provider: "github-models",
      model: "openai/gpt-4.1-nano",
    });
    expect(reason).toMatch(/^provider "github-models" was chosen explicitly/);

    await model.capture({
      request: loadRequest(),
      previous: null,
      answers: [],
    });
    const sent = server.requests[0];
    expect(sent?.headers.authorization).toBe("Bearer ghs_token");
    expect((sent?.body as { model: string }).model).toBe("openai/gpt-4.1-nano");
  });

  it("passes the configured timeouts to the client", async () => {
    server = await startChatServer(loadModelFixture("hang"));
    const { model } = resolveModel({
      config: config({
        provider: "openai",
        base_url: server.baseURL,
        timeout_seconds: 0.2,
        step_deadline_seconds: 0.5,
      }),
      env: { OPENAI_API_KEY: "sk-x" },
      ...outside,
    });
    await expect(
      model.capture({ request: loadRequest(), previous: null, answers: [] }),
    ).rejects.toMatchObject({ kind: "timeout" });
  });
});
