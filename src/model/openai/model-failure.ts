import { ModelError } from "../model-error.js";
import type { ModelErrorKind } from "../model-error.js";
import { describeCall } from "./call-context.js";
import type { CallContext } from "./call-context.js";

const RETRY_HINT = "Comment `/sop retry` to try again, or rerun locally.";

/**
 * A ModelError whose message reads "<Step> (<provider> <model>): <what>
 * (<kind>). <how>"; `how` defaults to the retry hint.
 */
export function modelFailure(params: {
  context: CallContext;
  what: string;
  kind: ModelErrorKind;
  how?: string;
  cause?: unknown;
  retryable?: boolean;
}): ModelError {
  const message = `${describeCall(params.context)}: ${params.what} (${params.kind}). ${params.how ?? RETRY_HINT}`;
  return new ModelError(message, {
    kind: params.kind,
    retryable: params.retryable,
    cause: params.cause,
  });
}
