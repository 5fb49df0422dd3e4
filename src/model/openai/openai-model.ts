import OpenAI from "openai";
import type { ChatCompletion } from "openai/resources/chat/completions";
import type {
  Model,
  ModelIdentity,
  ModelResult,
} from "../../core/ports/model.js";
import type { CallContext, StepName } from "./call-context.js";
import { stepOutputs } from "./json-schemas.js";
import type { StepOutput } from "./json-schemas.js";
import { parseCompletion } from "./parse-completion.js";
import type { ChatPrompt } from "./prompts/chat-prompt.js";
import { capturePrompt } from "./prompts/capture-prompt.js";
import { draftPrompt } from "./prompts/draft-prompt.js";
import { walkthroughPrompt } from "./prompts/walkthrough-prompt.js";
import { redactSecret } from "./redact-secret.js";
import { retryPolicyFetch } from "./retry-policy-fetch.js";
import { settleQuestionIds } from "./settle-question-ids.js";
import { toModelError } from "./to-model-error.js";

export interface OpenAIModelOptions {
  /** Shown in notes: "openai", "openai-compatible", "github-models"… */
  provider: string;
  model: string;
  apiKey: string;
  /** Always explicit: the client would otherwise read OPENAI_BASE_URL behind our back. */
  baseURL: string;
  /** One HTTP request's timeout; the client retries a timed-out request. */
  timeoutMs: number;
  /** The whole step, retries and their waits included. */
  stepDeadlineMs: number;
  /** Retries after the first request (connection errors, 408, 409, 429, 5xx). Default 2. */
  maxRetries?: number;
}

/**
 * The Model port on any OpenAI-compatible chat completions endpoint, with
 * structured outputs: one request per step (walkthrough: per round), the
 * answer validated with zod whatever the server claims.
 */
export function createOpenAIModel(options: OpenAIModelOptions): Model {
  const identity: ModelIdentity = {
    provider: options.provider,
    model: options.model,
  };
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries ?? 2,
    fetch: retryPolicyFetch({
      fetch: globalThis.fetch,
      maxWaitMs: options.stepDeadlineMs,
    }),
  });

  async function complete<T>({
    step,
    prompt,
    output,
  }: {
    step: StepName;
    prompt: ChatPrompt;
    output: StepOutput<T>;
  }): Promise<ModelResult<T>> {
    const context: CallContext = {
      step,
      identity,
      timeoutMs: options.timeoutMs,
      stepDeadlineMs: options.stepDeadlineMs,
    };
    const deadline = AbortSignal.timeout(options.stepDeadlineMs);
    let completion: ChatCompletion;
    try {
      completion = await client.chat.completions.create(
        {
          model: options.model,
          messages: [
            { role: "system", content: prompt.system },
            { role: "user", content: prompt.user },
          ],
          response_format: {
            type: "json_schema",
            json_schema: {
              name: output.name,
              strict: true,
              schema: output.jsonSchema,
            },
          },
        },
        { signal: deadline },
      );
    } catch (error) {
      throw redactSecret(
        toModelError({ error, context, deadlineHit: deadline.aborted }),
        options.apiKey,
      );
    }
    try {
      return parseCompletion({ completion, output, context });
    } catch (error) {
      throw redactSecret(error, options.apiKey);
    }
  }

  return {
    identity,
    async capture(input) {
      const result = await complete({
        step: "capture",
        prompt: capturePrompt(input),
        output: stepOutputs.capture,
      });
      return {
        ...result,
        value: settleQuestionIds({
          previous: input.previous,
          capture: result.value,
        }),
      };
    },
    draft: (input) =>
      complete({
        step: "draft",
        prompt: draftPrompt(input),
        output: stepOutputs.draft,
      }),
    walkthrough: (input) =>
      complete({
        step: "walkthrough",
        prompt: walkthroughPrompt(input),
        output: stepOutputs.walkthrough,
      }),
  };
}
