import { generateKeyPairSync } from "node:crypto";
import type { ServerEnv } from "../../../src/shells/server/read-server-env.js";

export const WEBHOOK_SECRET = "test-webhook-secret";

let privateKey: string | undefined;

/** A fresh RSA key in PEM, made once per test file (the GitHub double accepts any App key). */
export function testPrivateKey(): string {
  privateKey ??= generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs8", format: "pem" })
    .toString();
  return privateKey;
}

/** Server settings for a test: loopback, a free port, quiet logs. */
export function testSettings(input: {
  appId: number;
  redisUrl?: string;
}): ServerEnv {
  return {
    appId: input.appId,
    privateKey: testPrivateKey(),
    webhookSecret: WEBHOOK_SECRET,
    port: 0,
    host: "127.0.0.1",
    webhookPath: "/api/github/webhooks",
    redisUrl: input.redisUrl,
    logLevel: "fatal",
    logFormat: "json",
    baseUrl: undefined,
  };
}
