// Builds the Action's committed bundle, dist/index.js, reproducibly: same sources and
// lockfile, same bytes. `--check` builds into a temporary folder and fails when the
// committed bundle differs (a stale dist/).
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const check = process.argv.includes("--check");
const outdir = check ? mkdtempSync(join(tmpdir(), "sopflow-dist-")) : "dist";

await build({
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
  banner: { js: "import { createRequire as __sopflowCreateRequire } from 'node:module';\nconst require = __sopflowCreateRequire(import.meta.url);" },
});

if (check) {
  const fresh = readFileSync(join(outdir, "index.js"));
  let committed = null;
  try {
    committed = readFileSync("dist/index.js");
  } catch {
    committed = null;
  }
  rmSync(outdir, { recursive: true, force: true });
  if (!committed || !fresh.equals(committed)) {
    console.error("dist/index.js is stale: run `npm run bundle` and commit dist/.");
    process.exit(1);
  }
  console.log("dist/index.js matches the sources.");
}
