import { createHmac } from "node:crypto";
import { request } from "node:http";

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

/** A delivery as it goes over the wire: the exact body and GitHub's headers. */
export interface PreparedDelivery {
  body: string;
  headers: Record<string, string>;
}

/** The X-Hub-Signature-256 GitHub sends: an HMAC-SHA256 of the exact body with the webhook secret. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** The body and headers GitHub would send; `secret: null` leaves it unsigned, a wrong secret signs it badly. */
export function prepareDelivery(input: {
  secret: string | null;
  delivery: Delivery;
}): PreparedDelivery {
  const body = JSON.stringify(input.delivery.payload);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "GitHub-Hookshot/test",
    "x-github-event": input.delivery.name,
    "x-github-delivery": input.delivery.id,
  };
  if (input.secret !== null)
    headers["x-hub-signature-256"] = signature(input.secret, body);
  return { body, headers };
}

/** POSTs a prepared delivery to the server's webhook path (node:http: a light client, so the time is the server's). */
export function postDelivery(
  url: string,
  prepared: PreparedDelivery,
): Promise<SentDelivery> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const headers = {
      ...prepared.headers,
      "content-length": String(Buffer.byteLength(prepared.body)),
    };
    const sent = request(
      `${url}/api/github/webhooks`,
      { method: "POST", headers },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body,
            ms: performance.now() - started,
          }),
        );
        response.on("error", reject);
      },
    );
    sent.on("error", reject);
    sent.end(prepared.body);
  });
}

/** Prepares and POSTs one webhook delivery the way GitHub does. */
export async function sendDelivery(input: {
  url: string;
  secret: string | null;
  delivery: Delivery;
}): Promise<SentDelivery> {
  return postDelivery(input.url, prepareDelivery(input));
}
