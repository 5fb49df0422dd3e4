import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  readCatalogEntry,
  type CatalogEntry,
} from "../../core/catalog/catalog-entry.js";
import type { Config } from "../../core/config/config-schema.js";
import { parseConfigText } from "../../core/config/validate-config.js";

const CONFIG = ".github/sopflow.yml";

/** The working tree's config (every default when the file is absent). */
export async function readLocalConfig(repo: string): Promise<Config> {
  const text = await readFile(path.join(repo, CONFIG), "utf8").catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return "";
      throw new Error(`Cannot read ${CONFIG}`, { cause: error });
    },
  );
  return parseConfigText({ text, source: CONFIG });
}

/** Every SOP under the docs folder of the working tree (the catalog file itself left out), with repository paths. */
export async function readLocalSops({
  repo,
  docsFolder,
  catalogPath,
}: {
  repo: string;
  docsFolder: string;
  catalogPath: string;
}): Promise<CatalogEntry[]> {
  const files = await markdownFiles(path.join(repo, docsFolder));
  const entries = await Promise.all(
    files.map(async (file) => {
      const repoPath = path.relative(repo, file).split(path.sep).join("/");
      if (repoPath === catalogPath) return null;
      const markdown = await readFile(file, "utf8").catch((cause: unknown) => {
        throw new Error(`Cannot read ${repoPath}`, { cause });
      });
      return readCatalogEntry({ path: repoPath, markdown });
    }),
  );
  return entries.filter((entry) => entry !== null);
}

async function markdownFiles(folder: string): Promise<string[]> {
  const entries: Dirent[] = await readdir(folder, {
    withFileTypes: true,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw new Error(`Cannot list ${folder}`, { cause: error });
  });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return markdownFiles(full);
      return Promise.resolve(
        entry.isFile() && entry.name.toLowerCase().endsWith(".md")
          ? [full]
          : [],
      );
    }),
  );
  return nested.flat().sort();
}
