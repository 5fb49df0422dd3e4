import { catalogAlongside } from "../../catalog/catalog-alongside.js";
import type { CommitFileInput } from "../../ports/forge.js";
import type { RunContext } from "../run-context.js";

/** The catalog part of a commitFile input, spread into it: nothing when the SOP's catalog row is unchanged. */
export function alongsideOf(
  ctx: RunContext,
  sop: { path: string; before: string | null; after: string },
): Pick<CommitFileInput, "alongside"> {
  const alongside = catalogAlongside({
    catalogPath: ctx.config.catalog_path,
    ...sop,
  });
  return alongside ? { alongside } : {};
}
