import { execFile } from "node:child_process";
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  SERVER_ENTRY,
  spawnServer,
  TSX_IMPORT,
  type ServerProcess,
} from "./helpers/spawn-server.js";

const repo = new URL("../../", import.meta.url);
const running: ServerProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map((server) => server.stop("SIGKILL")));
});

it.concurrent(
  "with nothing configured, runs Probot's setup flow, which creates the App from app.yml",
  async () => {
    const cwd = mkdtempSync(join(tmpdir(), "sopflow-setup-"));
    for (const file of ["app.yml", "package.json"])
      copyFileSync(new URL(file, repo), join(cwd, file));
    // No webhook proxy channel: the setup page must not reach out to the network.
    const server = await spawnServer({ env: { NO_SMEE_SETUP: "true" }, cwd });
    running.push(server);

    const page = await fetch(`${server.url}/probot`);

    expect(page.status).toBe(200);
    const manifest =
      /name="manifest" id="manifest" value='([^']*)'/.exec(
        await page.text(),
      )?.[1] ?? "{}";
    const appYml = parseYaml(
      readFileSync(new URL("app.yml", repo), "utf8"),
    ) as Record<string, unknown>;
    expect(JSON.parse(manifest)).toMatchObject({
      name: appYml.name,
      default_events: appYml.default_events,
      default_permissions: appYml.default_permissions,
    });
  },
);

it.concurrent(
  "reads ./.env, refuses to start without a webhook secret, naming what is wrong, and exits 1",
  async () => {
    const cwd = mkdtempSync(join(tmpdir(), "sopflow-env-"));
    writeFileSync(join(cwd, ".env"), "APP_ID=12\n");
    const run = promisify(execFile)(
      process.execPath,
      ["--import", TSX_IMPORT, SERVER_ENTRY],
      { cwd, env: { PATH: process.env.PATH ?? "", PRIVATE_KEY: "not a key" } },
    );

    const failed = (await run.then(
      () => null,
      (error: unknown) => error,
    )) as { code: number; stderr: string } | null;
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(
      /WEBHOOK_SECRET must be set[^\n]*\n.*PRIVATE_KEY must be the App's private key/s,
    );
    // APP_ID came from ./.env.
    expect(failed?.stderr).not.toContain("APP_ID");
  },
);
