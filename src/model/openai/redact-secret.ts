/** Shorter strings are no real key, and replacing them would mangle the message. */
const MIN_SECRET_LENGTH = 8;

/**
 * The error with `secret` masked in its message. An endpoint may echo the
 * key it refused ("Incorrect API key provided: sk-…"), and the message
 * becomes a comment on the issue.
 */
export function redactSecret<E>(error: E, secret: string): E {
  if (
    error instanceof Error &&
    secret.length >= MIN_SECRET_LENGTH &&
    error.message.includes(secret)
  ) {
    error.message = error.message.replaceAll(secret, "[redacted]");
  }
  return error;
}
