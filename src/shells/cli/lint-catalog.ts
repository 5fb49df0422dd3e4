import { readFile } from "node:fs/promises";
import path from "node:path";
import { buildCatalog } from "../../core/catalog/build-catalog.js";
import type { Finding } from "../../core/checks/finding.js";
import { messageOf } from "../../core/message-of.js";
import { readLocalConfig, readLocalSops } from "./read-local-sops.js";

/**
 * When the files to lint include the catalog (config `catalog_path`, read
 * from the repository at `cwd`): the catalog file, judged as a catalog —
 * one finding when it differs from the one the SOPs in the docs folder
 * give — instead of as an SOP. Null when the catalog is not among them.
 */
export async function lintCatalog({
  cwd,
  files,
}: {
  cwd: string;
  files: string[];
}): Promise<{ file: string; findings: Finding[] } | null> {
  const config = await readLocalConfig(cwd);
  const file = path.join(cwd, config.catalog_path);
  if (!files.includes(file)) return null;
  const existing = await readFile(file, "utf8").catch((cause: unknown) => {
    throw new Error(`sopflow lint: cannot read ${config.catalog_path}`, {
      cause,
    });
  });
  const entries = await readLocalSops({
    repo: cwd,
    docsFolder: config.docs_folder,
    catalogPath: config.catalog_path,
  });
  let wanted: string;
  try {
    wanted = buildCatalog({
      existing,
      entries,
      catalogPath: config.catalog_path,
    });
  } catch (error) {
    return {
      file,
      findings: [
        {
          ruleId: "catalog-fresh",
          severity: "error",
          message: messageOf(error),
          line: 1,
          column: 1,
        },
      ],
    };
  }
  if (wanted === existing) return { file, findings: [] };
  return {
    file,
    findings: [
      {
        ruleId: "catalog-fresh",
        severity: "error",
        message: `Unexpected stale catalog, expected the one built from the ${entries.length} SOPs in ${config.docs_folder} (run \`sopflow catalog\`)`,
        line: firstDifferentLine(existing, wanted),
        column: 1,
      },
    ],
  };
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split("\n");
  const right = b.split("\n");
  const index = left.findIndex((line, i) => line !== right[i]);
  return index === -1 ? left.length : index + 1;
}
