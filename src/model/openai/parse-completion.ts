import { z } from "zod";
import type { ChatCompletion } from "openai/resources/chat/completions";
import type { ModelResult } from "../../core/ports/model.js";
import type { CallContext } from "./call-context.js";
import type { StepOutput } from "./json-schemas.js";
import { modelFailure } from "./model-failure.js";

const REPHRASE =
  "Rephrase the request or the comment that led to it, then comment `/sop retry`.";

/**
 * The value of a completion, validated against the step's zod schema
 * whatever the server claims about strict mode; anything else is a
 * ModelError, never a value.
 */
export function parseCompletion<T>(params: {
  completion: ChatCompletion;
  output: StepOutput<T>;
  context: CallContext;
}): ModelResult<T> {
  const { completion, context } = params;
  const choice = completion.choices[0];
  if (!choice)
    throw modelFailure({
      context,
      what: "the model returned no answer",
      kind: "invalid-output",
    });
  if (choice.message.refusal) {
    throw modelFailure({
      context,
      what: `the model refused: ${choice.message.refusal.slice(0, 300)}`,
      kind: "refusal",
      how: REPHRASE,
    });
  }
  if (choice.finish_reason === "content_filter") {
    throw modelFailure({
      context,
      what: "the provider's content filter stopped the answer",
      kind: "refusal",
      how: REPHRASE,
    });
  }
  if (choice.finish_reason === "length") {
    const how =
      "Split the process into smaller SOPs or set a model with a larger output limit (`model.name`), then comment `/sop retry`.";
    throw modelFailure({
      context,
      what: "the answer was cut off at the model's output limit",
      kind: "truncated",
      how,
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(choice.message.content ?? "");
  } catch (error) {
    throw modelFailure({
      context,
      what: "the answer was not JSON",
      kind: "invalid-output",
      cause: error,
    });
  }
  const result = params.output.schema.safeParse(parsed);
  if (!result.success) {
    const what = `the answer did not match the ${params.output.name} schema: ${z.prettifyError(result.error).slice(0, 500)}`;
    throw modelFailure({
      context,
      what,
      kind: "invalid-output",
      cause: result.error,
    });
  }
  const usage = {
    calls: 1,
    tokensIn: completion.usage?.prompt_tokens ?? 0,
    tokensOut: completion.usage?.completion_tokens ?? 0,
  };
  return { value: result.data, usage };
}
