// Runs before `npm test` (the `pretest` script), after ensure-redis-server.mjs: the export tests
// print a page through a real headless Chromium, so the test command provides it. When neither
// `chromium` nor `chromium-browser` is on PATH (or SOPFLOW_CHROMIUM names one), Debian's
// `chromium` package is installed with apt-get where that is allowed without asking anyone: as
// root on Debian, or in CI (CI=true) with password-less sudo. Anywhere else this stops at once,
// naming the one command to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const NAMES = ["chromium", "chromium-browser"];

if (
  process.env.SOPFLOW_CHROMIUM
    ? works(process.env.SOPFLOW_CHROMIUM)
    : NAMES.some(works)
)
  process.exit(0);

const prefix = installPrefix();
if (prefix === null) {
  console.error(
    `Chromium is missing from PATH and the export tests need it. Run:\n\n  ${manualCommand()}\n\nthen npm test again (or set SOPFLOW_CHROMIUM to a Chromium or Chrome binary).`,
  );
  process.exit(1);
}

console.log(
  `chromium is missing: installing it with apt-get (a few minutes)${prefix.length ? " through sudo" : ""}`,
);
// Another apt-get may hold the lock (a parallel run, unattended upgrades): wait for it.
const lock = ["-o", "DPkg::Lock::Timeout=300"];
run([...prefix, "apt-get", ...lock, "update", "-qq"]);
run([...prefix, "apt-get", ...lock, "install", "-y", "-qq", "chromium"]);
if (!NAMES.some(works)) {
  console.error(
    "apt-get installed chromium, yet it is not on PATH: add /usr/bin to PATH and run npm test again.",
  );
  process.exit(1);
}

function works(command) {
  return spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
}

/** The command prefix that may run apt-get unattended here: [] as root, sudo in CI, else null. */
function installPrefix() {
  // Ubuntu's chromium-browser package only installs a snap: leave Ubuntu to the person or CI setup.
  if (!existsSync("/etc/debian_version") || existsSync("/etc/lsb-release"))
    return null;
  if (spawnSync("apt-get", ["--version"], { stdio: "ignore" }).error)
    return null;
  if (process.getuid?.() === 0) return [];
  const passwordless =
    process.env.CI === "true" &&
    spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  return passwordless
    ? ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive"]
    : null;
}

function manualCommand() {
  if (existsSync("/etc/lsb-release"))
    return "install Google Chrome or Chromium, then export SOPFLOW_CHROMIUM=/path/to/it";
  if (existsSync("/etc/debian_version"))
    return "sudo apt-get update && sudo apt-get install -y chromium";
  if (process.platform === "darwin")
    return 'brew install --cask chromium, then export SOPFLOW_CHROMIUM="/Applications/Chromium.app/Contents/MacOS/Chromium"';
  return "install Chromium with your package manager, so that chromium is on PATH";
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
      `Unexpected failure of \`${argv.join(" ")}\` (exit ${result.status ?? result.signal ?? result.error?.message}), expected it to install chromium. Run \`${manualCommand()}\` yourself, then npm test again.`,
    );
    process.exit(1);
  }
}
