export type Fetch = (
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<Response>;

function isQuotaExhausted(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as {
      error?: { code?: unknown; type?: unknown };
    } | null;
    return (
      parsed?.error?.code === "insufficient_quota" ||
      parsed?.error?.type === "insufficient_quota"
    );
  } catch {
    return false;
  }
}

/** The wait a 429 asks for, read the way the openai client reads it. */
function retryAfterMs(headers: Headers): number | null {
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (!Number.isNaN(ms)) return ms;
  const header = headers.get("retry-after");
  if (header === null) return null;
  const seconds = Number.parseFloat(header);
  return Number.isNaN(seconds)
    ? Date.parse(header) - Date.now()
    : seconds * 1000;
}

/**
 * Wraps fetch so the openai client does not retry a 429 that cannot heal in
 * time. The client retries every 429 unless the response carries
 * `x-should-retry: false` (its `shouldRetry` obeys that header first, and the
 * method itself is private), so this wrapper adds the header to:
 * - a 429 whose error code or type is `insufficient_quota`: the account is out
 *   of credit, and retrying only spends the step's time;
 * - a 429 asking to wait longer than `maxWaitMs`: the client would sleep
 *   that long without watching the step deadline.
 * Every other response passes through untouched, body unread.
 */
export function retryPolicyFetch(params: {
  fetch: Fetch;
  maxWaitMs: number;
}): Fetch {
  return async (input, init) => {
    const response = await params.fetch(input, init);
    if (response.status !== 429) return response;
    const body = await response.text();
    const wait = retryAfterMs(response.headers);
    const headers = new Headers(response.headers);
    // The body below is already decoded text.
    headers.delete("content-encoding");
    headers.delete("content-length");
    if (isQuotaExhausted(body) || (wait !== null && wait > params.maxWaitMs)) {
      headers.set("x-should-retry", "false");
    }
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}
