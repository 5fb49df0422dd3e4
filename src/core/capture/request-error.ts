export type RequestErrorCode =
  | "empty"
  | "unreadable"
  | "no-steps"
  | "too-many-steps"
  | "item-too-long"
  | "not-english";

/**
 * A request sopflow cannot capture, with a message written for the person
 * who opened it. Every other error from parsing is a bug.
 */
export class RequestError extends Error {
  readonly code: RequestErrorCode;

  constructor(code: RequestErrorCode, message: string) {
    super(message);
    this.name = "RequestError";
    this.code = code;
  }
}
