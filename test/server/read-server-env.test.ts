import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  readServerEnv,
  ServerEnvError,
} from "../../src/shells/server/read-server-env.js";
import { testPrivateKey } from "./helpers/test-settings.js";

const base = {
  APP_ID: "4242",
  PRIVATE_KEY: testPrivateKey(),
  WEBHOOK_SECRET: "s3cret",
};

describe("readServerEnv", () => {
  it("reads the App's settings with the defaults a fresh deployment expects", () => {
    expect(readServerEnv(base)).toEqual({
      appId: 4242,
      privateKey: testPrivateKey(),
      webhookSecret: "s3cret",
      port: 3000,
      host: undefined,
      webhookPath: "/api/github/webhooks",
      redisUrl: undefined,
      logLevel: "info",
      logFormat: "pretty",
      baseUrl: undefined,
      reviewScanHours: 24,
    });
  });

  it("takes every optional variable, JSON logs by default in production, and GitHub Enterprise's API", () => {
    const settings = readServerEnv({
      ...base,
      PORT: "8080",
      HOST: "0.0.0.0",
      REDIS_URL: "redis://redis:6379/2",
      LOG_LEVEL: "debug",
      NODE_ENV: "production",
      GHE_HOST: "ghe.example.com",
      WEBHOOK_PATH: "/hooks",
      SOPFLOW_REVIEW_SCAN_HOURS: "0",
    });
    expect(settings).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      redisUrl: "redis://redis:6379/2",
      logLevel: "debug",
      logFormat: "json",
      baseUrl: "https://ghe.example.com/api/v3",
      webhookPath: "/hooks",
      reviewScanHours: 0,
    });
    expect(
      readServerEnv({ ...base, NODE_ENV: "production", LOG_FORMAT: "pretty" })
        .logFormat,
    ).toBe("pretty");
  });

  it("treats an empty variable as unset, as deployment files often write VAR=", () => {
    expect(
      readServerEnv({ ...base, PORT: "", REDIS_URL: "", LOG_LEVEL: "" }),
    ).toMatchObject({ port: 3000, redisUrl: undefined, logLevel: "info" });
  });

  it("reads the key from PRIVATE_KEY_PATH, or from PRIVATE_KEY with escaped newlines or in base64", () => {
    const pem = testPrivateKey();
    const file = join(mkdtempSync(join(tmpdir(), "sopflow-key-")), "app.pem");
    writeFileSync(file, pem);
    const withPath = {
      APP_ID: "1",
      WEBHOOK_SECRET: "s",
      PRIVATE_KEY_PATH: file,
    };
    expect(readServerEnv(withPath).privateKey).toBe(pem);
    expect(
      readServerEnv({ ...base, PRIVATE_KEY: pem.replaceAll("\n", "\\n") })
        .privateKey,
    ).toBe(pem);
    expect(
      readServerEnv({
        ...base,
        PRIVATE_KEY: Buffer.from(pem).toString("base64"),
      }).privateKey,
    ).toBe(pem);
  });

  it("names every missing or wrong setting at once, and never falls back to a development secret", () => {
    const read = () =>
      readServerEnv({
        APP_ID: "my-app",
        PORT: "http",
        REDIS_URL: "localhost:6379",
        LOG_LEVEL: "loud",
      });
    expect(read).toThrow(ServerEnvError);
    let message = "";
    try {
      read();
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of [
      "APP_ID",
      "WEBHOOK_SECRET",
      "PORT",
      "REDIS_URL",
      "LOG_LEVEL",
      "PRIVATE_KEY or PRIVATE_KEY_PATH",
    ])
      expect(message).toContain(name);
  });

  it("rejects a private key that is not one, and a key file that cannot be read", () => {
    expect(() => readServerEnv({ ...base, PRIVATE_KEY: "not a key" })).toThrow(
      /PRIVATE_KEY must be the App's private key/,
    );
    expect(() =>
      readServerEnv({
        APP_ID: "1",
        WEBHOOK_SECRET: "s",
        PRIVATE_KEY_PATH: "/nonexistent/app.pem",
      }),
    ).toThrow(/PRIVATE_KEY_PATH could not be read: .*ENOENT/);
  });
});
