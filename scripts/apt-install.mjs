// What ensure-redis-server.mjs and ensure-chromium.mjs share: whether apt-get may run
// unattended here, and running it with its own words shown when it fails.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * The command prefix that may run apt-get unattended here: [] as root, sudo in CI
 * (CI=true, password-less sudo), else null. `ubuntu: false` leaves Ubuntu out.
 */
export function aptPrefix({ ubuntu }) {
  if (!existsSync("/etc/debian_version")) return null;
  if (!ubuntu && existsSync("/etc/lsb-release")) return null;
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

/** `apt-get update` then `apt-get install <pkg>`; on failure, apt-get's output and `manual`, then exit 1. */
export function aptInstall({ prefix, pkg, manual }) {
  // Another apt-get may hold the lock (a parallel run, unattended upgrades): wait for it.
  const lock = ["-o", "DPkg::Lock::Timeout=300"];
  run([...prefix, "apt-get", ...lock, "update", "-qq"], { pkg, manual });
  run([...prefix, "apt-get", ...lock, "install", "-y", "-qq", pkg], {
    pkg,
    manual,
  });
}

function run(argv, { pkg, manual }) {
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.status !== 0) {
    // apt-get's own words say why (no network, a held lock, a broken package): show them.
    console.error(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    console.error(
      `Unexpected failure of \`${argv.join(" ")}\` (exit ${result.status ?? result.signal ?? result.error?.message}), expected it to install ${pkg}. Run \`${manual}\` yourself, then npm test again.`,
    );
    process.exit(1);
  }
}
