// Runs before `npm test` (the `pretest` script): the Redis queue tests start a real
// redis-server, so the test command provides it. When it is missing, it is installed with
// apt-get where that is allowed without asking anyone: as root on Debian or Ubuntu, or in CI
// (CI=true) with password-less sudo. Anywhere else this stops at once, naming the one command
// to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (found("redis-server")) process.exit(0);

const prefix = installPrefix();
if (prefix === null) {
  console.error(
    `redis-server is missing from PATH and the Redis queue tests need it. Run:\n\n  ${manualCommand()}\n\nthen npm test again.`,
  );
  process.exit(1);
}

console.log(
  `redis-server is missing: installing it with apt-get (about a minute)${prefix.length ? " through sudo" : ""}`,
);
// Another apt-get may hold the lock (a parallel run, unattended upgrades): wait for it.
const lock = ["-o", "DPkg::Lock::Timeout=300"];
run([...prefix, "apt-get", ...lock, "update", "-qq"]);
run([...prefix, "apt-get", ...lock, "install", "-y", "-qq", "redis-server"]);
if (!found("redis-server")) {
  console.error(
    "apt-get installed redis-server, yet it is not on PATH: add /usr/bin to PATH and run npm test again.",
  );
  process.exit(1);
}

function found(command) {
  return !spawnSync(command, ["--version"], { stdio: "ignore" }).error;
}

/** The command prefix that may run apt-get unattended here: [] as root, sudo in CI, else null. */
function installPrefix() {
  if (!existsSync("/etc/debian_version") || !found("apt-get")) return null;
  if (process.getuid?.() === 0) return [];
  const passwordless =
    process.env.CI === "true" &&
    spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  return passwordless
    ? ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive"]
    : null;
}

function manualCommand() {
  if (existsSync("/etc/debian_version"))
    return "sudo apt-get update && sudo apt-get install -y redis-server";
  if (process.platform === "darwin") return "brew install redis";
  return "install Redis 6 or later with your package manager, so that redis-server is on PATH";
}

function run(argv) {
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.status !== 0) {
    // apt-get's own words say why (no network, a held lock, a broken package): show them.
    console.error(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    console.error(
      `Unexpected failure of \`${argv.join(" ")}\` (exit ${result.status ?? result.signal ?? result.error?.message}), expected it to install redis-server. Run \`${manualCommand()}\` yourself, then npm test again.`,
    );
    process.exit(1);
  }
}
