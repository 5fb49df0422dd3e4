// Builds the Action's committed bundle, dist/index.js, reproducibly: same sources and
// lockfile, same bytes (paths in it are relative to the repository, no timestamps).
// `--check` builds into a temporary folder and fails when the committed bundle differs
// (a stale dist/); `--dist <folder>` writes or checks that folder instead of dist/.
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const check = args.includes("--check");
const distAt = args.indexOf("--dist");
const committed = resolve(
  root,
  distAt >= 0 ? (args[distAt + 1] ?? "") : "dist",
);
const outdir = check ? mkdtempSync(join(tmpdir(), "sopflow-dist-")) : committed;
const bundle = (dir) => join(dir, "index.js");

/** The committed bundle's bytes, or null when there is none. */
function readCommitted() {
  try {
    return readFileSync(bundle(committed));
  } catch {
    return null;
  }
}

try {
  const current = check ? readCommitted() : null;
  if (check && !current)
    throw new Error(
      `${bundle(committed)} is missing: run \`npm run bundle\` and commit dist/.`,
    );
  await build({
    absWorkingDir: root,
    entryPoints: { index: "src/shells/action/action-entry.ts" },
    outdir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    minify: false,
    legalComments: "none",
    sourcemap: false,
    metafile: false,
    logLevel: "warning",
    // Bundled CommonJS code calls require() for Node built-ins; ESM has no require of its own.
    banner: {
      js: "import { createRequire as __sopflowCreateRequire } from 'node:module';\nconst require = __sopflowCreateRequire(import.meta.url);",
    },
  });
  const fresh = readFileSync(bundle(outdir));
  if (!check) {
    console.log(`wrote ${bundle(outdir)} (${fresh.length} bytes)`);
  } else if (!fresh.equals(current)) {
    throw new Error(
      `${bundle(committed)} is stale: run \`npm run bundle\` and commit dist/.`,
    );
  } else {
    console.log(`${bundle(committed)} matches the sources.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  if (check) rmSync(outdir, { recursive: true, force: true });
}
