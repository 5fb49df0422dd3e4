import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildCatalog } from "../../core/catalog/build-catalog.js";
import { readLocalConfig, readLocalSops } from "./read-local-sops.js";

export interface CatalogOutcome {
  code: 0 | 1;
  lines: string[];
}

/**
 * `sopflow catalog [--repo path] [--check]`: regenerates the catalog of the
 * working tree's SOPs (config `catalog_path`), keeping the team's own text;
 * with --check it writes nothing and exits 1 when the catalog is stale.
 */
export async function catalogCommand(argv: string[]): Promise<CatalogOutcome> {
  const { values } = parseArgs({
    args: argv,
    options: { repo: { type: "string" }, check: { type: "boolean" } },
    strict: true,
  });
  const repo = path.resolve(values.repo ?? process.cwd());
  const config = await readLocalConfig(repo);
  const catalogPath = config.catalog_path;
  const file = path.join(repo, catalogPath);
  const existing = await readFile(file, "utf8").catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw new Error(`Cannot read ${catalogPath}`, { cause: error });
    },
  );
  const entries = await readLocalSops({
    repo,
    docsFolder: config.docs_folder,
    catalogPath,
  });
  const wanted = buildCatalog({ existing, entries, catalogPath });
  const count = `${entries.length} SOP${entries.length === 1 ? "" : "s"}`;
  if (wanted === existing)
    return { code: 0, lines: [`up to date  ${catalogPath} (${count})`] };
  if (values.check)
    return {
      code: 1,
      lines: [
        `stale      ${catalogPath}: unexpected catalog, expected the one built from ${count} in ${config.docs_folder}; run \`sopflow catalog\``,
      ],
    };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, wanted);
  return { code: 0, lines: [`wrote      ${catalogPath} (${count})`] };
}
