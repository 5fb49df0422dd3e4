import { createHmac } from "node:crypto";

export interface Delivery {
  id: string;
  name: string;
  payload: unknown;
}

export interface SentDelivery {
  status: number;
  body: string;
  /** From sending the request to the end of the answer. */
  ms: number;
}

/** The X-Hub-Signature-256 GitHub sends: an HMAC-SHA256 of the exact body with the webhook secret. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/**
 * POSTs one webhook delivery the way GitHub does. `secret: null` sends it
 * unsigned; a wrong secret gives a bad signature.
 */
export async function sendDelivery(input: { url: string; secret: string | null; delivery: Delivery }): Promise<SentDelivery> {
  const body = JSON.stringify(input.delivery.payload);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "GitHub-Hookshot/test",
    "x-github-event": input.delivery.name,
    "x-github-delivery": input.delivery.id,
  };
  if (input.secret !== null) headers["x-hub-signature-256"] = signature(input.secret, body);
  const started = performance.now();
  const response = await fetch(`${input.url}/api/github/webhooks`, { method: "POST", headers, body });
  const text = await response.text();
  return { status: response.status, body: text, ms: performance.now() - started };
}
