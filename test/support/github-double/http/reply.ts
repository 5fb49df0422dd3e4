import { DOCS_URL } from "../factories/urls.js";

/** What a handler, a hook or an injected fault answers. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; omitted for 204. */
  body?: unknown;
  /** A text body instead of JSON (raw media types). */
  text?: string;
}

/** An error response as GitHub words it; handlers throw it, the pipeline turns it into a reply. */
export class GitHubError extends Error {
  readonly status: number;
  readonly extra: Record<string, unknown>;

  constructor(
    status: number,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "GitHubError";
    this.status = status;
    this.extra = extra;
  }

  toReply(): Reply {
    return {
      status: this.status,
      body: {
        message: this.message,
        documentation_url: DOCS_URL,
        status: String(this.status),
        ...this.extra,
      },
    };
  }
}

export const notFound = () => new GitHubError(404, "Not Found");

/** A 422 "Validation Failed" with GitHub's `errors` list. */
export function validationFailed(
  errors: Record<string, unknown>[],
): GitHubError {
  return new GitHubError(422, "Validation Failed", { errors });
}
