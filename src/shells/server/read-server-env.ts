import { readFileSync } from "node:fs";
import { z } from "zod";
import { messageOf } from "../../core/message-of.js";

/** What the App server runs with, read from its environment. */
export interface ServerEnv {
  appId: number;
  privateKey: string;
  webhookSecret: string;
  port: number;
  /** Interface to listen on (default: every interface). */
  host: string | undefined;
  webhookPath: string;
  /** Set: the queue and Probot's rate-limit throttle live in this Redis, shared by every replica. */
  redisUrl: string | undefined;
  logLevel: "trace" | "debug" | "info" | "warn" | "error" | "fatal";
  logFormat: "json" | "pretty";
  /** GitHub Enterprise Server's API (GHE_HOST, GHE_PROTOCOL); unset means github.com. */
  baseUrl: string | undefined;
  /** Hours between review scans of every installation (SOPFLOW_REVIEW_SCAN_HOURS; 0 = off); unset: no scans. */
  reviewScanHours?: number;
}

export class ServerEnvError extends Error {
  override name = "ServerEnvError";
}

// An unset variable and an empty one mean the same: deployment tools often write "VAR=".
const blankIsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

const EnvSchema = z.object({
  APP_ID: z
    .string({ error: "must be set to the App's numeric id" })
    .regex(/^\d+$/, "must be the App's numeric id"),
  WEBHOOK_SECRET: z
    .string({ error: "must be set to the App's webhook secret" })
    .min(1, "must be set to the App's webhook secret"),
  PORT: blankIsUnset(z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: blankIsUnset(z.string().optional()),
  WEBHOOK_PATH: blankIsUnset(
    z.string().startsWith("/").default("/api/github/webhooks"),
  ),
  REDIS_URL: blankIsUnset(
    z
      .string()
      .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
      .optional(),
  ),
  LOG_LEVEL: blankIsUnset(
    z
      .enum(["trace", "debug", "info", "warn", "error", "fatal"])
      .default("info"),
  ),
  LOG_FORMAT: blankIsUnset(z.enum(["json", "pretty"]).optional()),
  GHE_HOST: blankIsUnset(z.string().optional()),
  GHE_PROTOCOL: blankIsUnset(z.enum(["https", "http"]).default("https")),
  NODE_ENV: blankIsUnset(z.string().optional()),
  SOPFLOW_REVIEW_SCAN_HOURS: blankIsUnset(
    z.coerce.number().int().min(0).max(8760).default(24),
  ),
});

/**
 * The server's settings from the same variables Probot reads (APP_ID,
 * PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, LOG_LEVEL, …);
 * unlike Probot, a missing webhook secret is an error, never "development".
 */
export function readServerEnv(
  env: Record<string, string | undefined>,
): ServerEnv {
  const parsed = EnvSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map(
        (issue) => `${issue.path.join(".")} ${issue.message}`,
      );
  const privateKey = readPrivateKey(env, problems);
  if (!parsed.success || privateKey === undefined) {
    throw new ServerEnvError(
      `Unexpected server environment, expected the App's settings:\n${problems.map((p) => `- ${p}`).join("\n")}`,
    );
  }
  const e = parsed.data;
  return {
    appId: Number(e.APP_ID),
    privateKey,
    webhookSecret: e.WEBHOOK_SECRET,
    port: e.PORT,
    host: e.HOST,
    webhookPath: e.WEBHOOK_PATH,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    // Probot's convention: readable lines in development, one JSON object per line in production.
    logFormat:
      e.LOG_FORMAT ?? (e.NODE_ENV === "production" ? "json" : "pretty"),
    baseUrl: e.GHE_HOST
      ? `${e.GHE_PROTOCOL}://${e.GHE_HOST}/api/v3`
      : undefined,
    reviewScanHours: e.SOPFLOW_REVIEW_SCAN_HOURS,
  };
}

/** PRIVATE_KEY (PEM, with real or escaped newlines, or base64 of the PEM) or the file at PRIVATE_KEY_PATH. */
function readPrivateKey(
  env: Record<string, string | undefined>,
  problems: string[],
): string | undefined {
  if (env.PRIVATE_KEY) {
    const text = env.PRIVATE_KEY.includes("\\n")
      ? env.PRIVATE_KEY.replaceAll("\\n", "\n")
      : env.PRIVATE_KEY;
    const pem = text.includes("-----BEGIN")
      ? text
      : Buffer.from(text, "base64").toString("utf8");
    if (pem.includes("-----BEGIN")) return pem;
    problems.push(
      "PRIVATE_KEY must be the App's private key (PEM, or base64 of it)",
    );
    return undefined;
  }
  if (env.PRIVATE_KEY_PATH) {
    try {
      return readFileSync(env.PRIVATE_KEY_PATH, "utf8");
    } catch (error) {
      problems.push(`PRIVATE_KEY_PATH could not be read: ${messageOf(error)}`);
      return undefined;
    }
  }
  problems.push(
    "PRIVATE_KEY or PRIVATE_KEY_PATH must give the App's private key",
  );
  return undefined;
}
