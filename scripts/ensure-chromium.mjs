// Runs before `npm test` (the `pretest` script), after ensure-redis-server.mjs: the export tests
// print a page through a real headless Chromium, so the test command provides it. When neither
// `chromium` nor `chromium-browser` is on PATH (or SOPFLOW_CHROMIUM names one), Debian's
// `chromium` package is installed with apt-get where that is allowed without asking anyone: as
// root on Debian, or in CI (CI=true) with password-less sudo. Anywhere else this stops at once,
// naming the one command to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { aptInstall, aptPrefix } from "./apt-install.mjs";

const NAMES = ["chromium", "chromium-browser"];

if (
  process.env.SOPFLOW_CHROMIUM
    ? works(process.env.SOPFLOW_CHROMIUM)
    : NAMES.some(works)
)
  process.exit(0);

const prefix = aptPrefix({ ubuntu: false });
if (prefix === null) {
  console.error(
    `Chromium is missing from PATH and the export tests need it. Run:\n\n  ${manualCommand()}\n\nthen npm test again (or set SOPFLOW_CHROMIUM to a Chromium or Chrome binary).`,
  );
  process.exit(1);
}

console.log(
  `chromium is missing: installing it with apt-get (a few minutes)${prefix.length ? " through sudo" : ""}`,
);
aptInstall({ prefix, pkg: "chromium", manual: manualCommand() });
if (!NAMES.some(works)) {
  console.error(
    "apt-get installed chromium, yet it is not on PATH: add /usr/bin to PATH and run npm test again.",
  );
  process.exit(1);
}

function works(command) {
  return spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
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
