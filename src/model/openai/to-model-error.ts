import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "openai";
import { describeCall, formatDuration } from "./call-context.js";
import type { CallContext } from "./call-context.js";
import { modelFailure } from "./model-failure.js";

function fromStatus(error: APIError, context: CallContext): Error {
  const status = error.status ?? 0;
  // The endpoint's own words, kept short: they end up in a comment on the issue.
  const detail = error.message.slice(0, 300);
  if (
    status === 429 &&
    (error.code === "insufficient_quota" || error.type === "insufficient_quota")
  ) {
    const how =
      "Add credit or raise the limit with the provider, or set `model.provider: offline` in .github/sopflow.yml; then comment `/sop retry`.";
    return modelFailure({
      context,
      what: `the account has no quota left: ${detail}`,
      kind: "quota",
      how,
      cause: error,
    });
  }
  if (status === 429) {
    const how = "Wait a minute, then comment `/sop retry`, or rerun locally.";
    return modelFailure({
      context,
      what: `the provider kept rate-limiting the request: ${detail}`,
      kind: "rate-limited",
      how,
      cause: error,
    });
  }
  if (status === 401 || status === 403) {
    const how =
      "Check OPENAI_API_KEY, or for GitHub Models that the workflow grants `permissions: models: read`; then comment `/sop retry`.";
    return modelFailure({
      context,
      what: `the endpoint refused the credentials: ${detail}`,
      kind: "auth",
      how,
      cause: error,
    });
  }
  if (status >= 500 || status === 408 || status === 409) {
    return modelFailure({
      context,
      what: `the model server kept failing: ${detail}`,
      kind: "server",
      cause: error,
    });
  }
  // Any other 4xx (unknown model, unsupported schema…) fails the same way
  // again until the configuration changes.
  const how =
    "Check `model.name` and `model.base_url` in .github/sopflow.yml, then comment `/sop retry`.";
  return modelFailure({
    context,
    what: `the endpoint rejected the request: ${detail}`,
    kind: "server",
    how,
    cause: error,
    retryable: false,
  });
}

/**
 * Turns what the openai client throws into a ModelError that says what
 * failed and how to retry. `deadlineHit` tells the step deadline's abort
 * apart from a single request's timeout.
 */
export function toModelError(params: {
  error: unknown;
  context: CallContext;
  deadlineHit: boolean;
}): Error {
  const { error, context } = params;
  if (error instanceof APIUserAbortError && params.deadlineHit) {
    const what = `the step did not finish within its deadline of ${formatDuration(context.stepDeadlineMs)}`;
    return modelFailure({ context, what, kind: "timeout", cause: error });
  }
  if (error instanceof APIConnectionTimeoutError) {
    const what = `the model did not answer within ${formatDuration(context.timeoutMs)}`;
    return modelFailure({ context, what, kind: "timeout", cause: error });
  }
  if (error instanceof APIConnectionError) {
    const how =
      "Check `model.base_url` and the network, then comment `/sop retry`, or rerun locally.";
    return modelFailure({
      context,
      what: `could not reach the model endpoint: ${error.message}`,
      kind: "connection",
      how,
      cause: error,
    });
  }
  if (error instanceof APIError) return fromStatus(error, context);
  return new Error(
    `${describeCall(context)}: the model call failed unexpectedly`,
    { cause: error },
  );
}
