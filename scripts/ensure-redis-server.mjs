// Runs before `npm test` (the `pretest` script): the Redis queue tests start a real
// redis-server, so the test command provides it. When it is missing, it is installed with
// apt-get where that is allowed without asking anyone: as root on Debian or Ubuntu, or in CI
// (CI=true) with password-less sudo. Anywhere else this stops at once, naming the one command
// to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { aptInstall, aptPrefix } from "./apt-install.mjs";

if (found("redis-server")) process.exit(0);

const prefix = aptPrefix({ ubuntu: true });
if (prefix === null) {
  console.error(
    `redis-server is missing from PATH and the Redis queue tests need it. Run:\n\n  ${manualCommand()}\n\nthen npm test again.`,
  );
  process.exit(1);
}

console.log(
  `redis-server is missing: installing it with apt-get (about a minute)${prefix.length ? " through sudo" : ""}`,
);
aptInstall({ prefix, pkg: "redis-server", manual: manualCommand() });
if (!found("redis-server")) {
  console.error(
    "apt-get installed redis-server, yet it is not on PATH: add /usr/bin to PATH and run npm test again.",
  );
  process.exit(1);
}

function found(command) {
  return !spawnSync(command, ["--version"], { stdio: "ignore" }).error;
}

function manualCommand() {
  if (existsSync("/etc/debian_version"))
    return "sudo apt-get update && sudo apt-get install -y redis-server";
  if (process.platform === "darwin") return "brew install redis";
  return "install Redis 6 or later with your package manager, so that redis-server is on PATH";
}
