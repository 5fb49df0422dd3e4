export type ModelErrorKind =
  | "timeout"
  | "rate-limited"
  | "quota"
  | "server"
  | "refusal"
  | "truncated"
  | "invalid-output"
  | "connection"
  | "auth";

// Whether running the same step again, unchanged, may succeed: the usual
// answer per kind, which a caller overrides only with a reason (e.g. a 404
// for an unknown model is reported as "server" but will not heal by itself).
const RETRYABLE: Record<ModelErrorKind, boolean> = {
  timeout: true,
  "rate-limited": true,
  quota: false,
  server: true,
  refusal: false,
  truncated: false,
  "invalid-output": true,
  connection: true,
  auth: false,
};

/**
 * A model call that produced no usable value. The message is written for the
 * operator: what failed and what to do next.
 */
export class ModelError extends Error {
  readonly kind: ModelErrorKind;
  readonly retryable: boolean;

  constructor(
    message: string,
    options: { kind: ModelErrorKind; retryable?: boolean; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.name = "ModelError";
    this.kind = options.kind;
    this.retryable = options.retryable ?? RETRYABLE[options.kind];
  }
}
