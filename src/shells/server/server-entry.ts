// The self-hosted App server: `npm start` runs the compiled lib/shells/server/server-entry.js.
import { existsSync } from "node:fs";
import { run } from "probot";
import { createApp } from "../app/app.js";
import { readServerEnv } from "./read-server-env.js";
import { startServer } from "./start-server.js";
import { stopOnSignals } from "./stop-on-signals.js";
import { messageOf } from "../../core/message-of.js";

async function main(): Promise<void> {
  // Probot's convention, kept: settings may live in ./.env (variables already set win).
  if (existsSync(".env")) process.loadEnvFile(".env");
  const env = process.env;
  if (
    !env.APP_ID &&
    !env.PRIVATE_KEY &&
    !env.PRIVATE_KEY_PATH &&
    env.NODE_ENV !== "production"
  ) {
    // Nothing configured yet: Probot's setup flow creates the App from app.yml and writes .env.
    await run(createApp());
    return;
  }
  const server = await startServer({ settings: readServerEnv(env) });
  stopOnSignals({
    stop: () => server.stop(),
    log: server.log,
    exit: (code) => process.exit(code),
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`sopflow server: ${messageOf(error)}\n`);
  // Exit even if a connection opened before the failure would keep the process alive.
  process.exit(1);
});
