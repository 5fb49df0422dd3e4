/** The command line is wrong: the message says what to type instead; no stack, exit code 1. */
export class UsageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "UsageError";
  }
}
