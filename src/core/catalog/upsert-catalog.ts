import type { RunSummary } from "./run-summary.js";
import { buildCatalog } from "./build-catalog.js";
import { readCatalogEntry } from "./catalog-entry.js";
import { readCatalog } from "./read-catalog.js";

/**
 * The catalog with one SOP's row as its file now reads (added, replaced,
 * or moved to the retired section), every other row and the team's own text
 * kept; null when the catalog already says exactly that. What each draft,
 * revision, confirmation and retirement commits next to the SOP, so the
 * catalog is reviewed and merged with it.
 */
export function upsertCatalog(input: {
  existing: string | null;
  catalogPath: string;
  sop: { path: string; markdown: string };
  /** Each SOP's runs, when listed; absent, the runs the catalog shows are kept. */
  runs?: ReadonlyMap<string, RunSummary>;
}): string | null {
  const { existing, catalogPath, sop, runs } = input;
  const entry = readCatalogEntry(sop);
  const others = (
    existing === null ? [] : readCatalog({ markdown: existing, catalogPath })
  ).filter((e) => e.path !== sop.path);
  const next = buildCatalog({
    existing,
    catalogPath,
    entries: entry ? [...others, entry] : others,
    ...(runs ? { runs } : {}),
  });
  return next === existing ? null : next;
}
