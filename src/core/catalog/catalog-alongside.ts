import type { CommitFileInput } from "../ports/forge.js";
import { readCatalogEntry } from "./catalog-entry.js";
import { upsertCatalog } from "./upsert-catalog.js";

/**
 * The catalog to commit with an SOP change: its row regenerated from the
 * SOP's new text. Absent when the SOP's row reads the same before and after
 * (a wording fix): the catalog already says it, and reading it would cost a
 * request for nothing.
 */
export function catalogAlongside(input: {
  catalogPath: string;
  path: string;
  /** The SOP as the branch held it before this commit, or null when unknown (a first draft). */
  before: string | null;
  after: string;
}): CommitFileInput["alongside"] {
  const { catalogPath, path, before, after } = input;
  const row = (markdown: string) =>
    JSON.stringify(readCatalogEntry({ path, markdown }));
  if (before !== null && row(before) === row(after)) return undefined;
  return {
    path: catalogPath,
    update: (existing, runs) =>
      upsertCatalog({
        existing,
        catalogPath,
        sop: { path, markdown: after },
        ...(runs ? { runs } : {}),
      }),
  };
}
