// Builds the Action's committed bundle, dist/index.js and its lazily loaded chunks in
// dist/chunks/ (the English language model loads only for free-text requests, so a cold
// start does not parse it), reproducibly: same sources and lockfile, same bytes (paths in
// it are relative to the repository, no timestamps). `--check` builds into a temporary
// folder and fails when the committed bundle differs (a stale dist/); `--dist <folder>`
// writes or checks that folder instead of dist/.
import { build } from "esbuild";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
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

/** Every file of a built bundle, by its path inside the folder. */
function filesOf(dir) {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), readFileSync(path)];
      }),
  );
}

/** The paths where two bundles differ. */
function differences(a, b) {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths]
    .filter((path) => !a.get(path)?.equals(b.get(path) ?? ""))
    .sort();
}

try {
  if (check && !existsSync(bundle(committed)))
    throw new Error(
      `${bundle(committed)} is missing: run \`npm run bundle\` and commit dist/.`,
    );
  // A chunk of an earlier build would linger beside the new ones.
  if (!check) rmSync(join(outdir, "chunks"), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { index: "src/shells/action/action-entry.ts" },
    outdir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
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
  const fresh = filesOf(outdir);
  if (!check) {
    const bytes = [...fresh.values()].reduce((n, b) => n + b.length, 0);
    console.log(`wrote ${outdir} (${fresh.size} files, ${bytes} bytes)`);
  } else if (differences(fresh, filesOf(committed)).length > 0) {
    const stale = differences(fresh, filesOf(committed)).join(", ");
    throw new Error(
      `${committed} is stale (${stale}): run \`npm run bundle\` and commit dist/.`,
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
