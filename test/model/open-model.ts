import type { Model } from "../../src/core/ports/model.js";
import { createOpenAIModel } from "../../src/model/openai/openai-model.js";
import type { OpenAIModelOptions } from "../../src/model/openai/openai-model.js";
import type { ChatServer } from "../support/chat-server.js";

/** The real openai adapter pointed at the loopback chat server. */
export function openModel(
  server: ChatServer,
  options: Partial<OpenAIModelOptions> = {},
): Model {
  return createOpenAIModel({
    provider: "openai-compatible",
    model: "gpt-4.1-mini",
    apiKey: "sk-test-loopback",
    baseURL: server.baseURL,
    timeoutMs: 5_000,
    stepDeadlineMs: 10_000,
    ...options,
  });
}
