import type { ForgeState } from "./forge-state.js";

type Fetch = typeof fetch;

/** The answer a write would have had, rebuilt from what GitHub holds; null when the write did not land. */
export type Landed = { status: number; data: unknown } | null;

/**
 * Octokit's retry plugin sends a failed write again (a reset connection, a
 * 502 from GitHub's edge), blind to whether GitHub applied it before the
 * answer was lost. Given as the write's own fetch, this looks before every
 * resend and answers from what GitHub holds when the write already landed,
 * so a note, a check, a commit or a merge is never made twice. The first
 * send costs nothing extra; with retries off, there is no resend to guard.
 */
export function lookBeforeResend(
  state: ForgeState,
  landed: () => Promise<Landed>,
): { fetch: Fetch } {
  const defaults = state.octokit.request.endpoint.DEFAULTS.request as
    { fetch?: Fetch } | undefined;
  const send = defaults?.fetch ?? globalThis.fetch;
  let sends = 0;
  return {
    fetch: async (input, init) => {
      sends += 1;
      const found = sends > 1 ? await landed() : null;
      if (!found) return send(input, init);
      return new Response(JSON.stringify(found.data), {
        status: found.status,
        headers: { "content-type": "application/json; charset=utf-8" },
      });
    },
  };
}
