import { buildCatalog } from "../../src/core/catalog/build-catalog.js";
import { readCatalogEntry } from "../../src/core/catalog/catalog-entry.js";
import { ConfigSchema } from "../../src/core/config/config-schema.js";
import type { Logger } from "../../src/core/workflow/run-context.js";
import { scanReviewDue } from "../../src/forge/github/scan-review-due.js";
import { sopWith } from "../catalog/catalog-files.js";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { octokitFor } from "../support/github-double/test-clients.js";

export const TODAY = "2027-03-01";
/** The SOPs of the scan scenario that fall due (today + 30 days), by path; every other one is due much later. */
export const DUE = {
  overdue: "docs/sops/sop-0007.md",
  inWindow: "docs/sops/team-a/sop-0123.md",
  teamOwned: "docs/sops/sop-0300.md",
  strangerOwned: "docs/sops/sop-0421.md",
} as const;
const RETIRED_OVERDUE = "docs/sops/sop-0050.md";

const quiet = (): void => undefined;
export const silent: Logger = {
  info: quiet,
  warn: quiet,
  error: quiet,
  debug: quiet,
};

/**
 * A docs repository of `count` SOPs, each a copy of the project's published
 * SOP with its own front matter (generated variants, not real SOPs), and
 * the catalog `sopflow catalog` would write for them when `withCatalog`.
 */
export function reviewScanDouble(input: {
  count: number;
  withCatalog: boolean;
}): GitHubDouble {
  const files: Record<string, string> = {};
  for (let n = 1; n <= input.count; n++) {
    const path =
      n % 10 === 3
        ? `docs/sops/team-a/sop-${String(n).padStart(4, "0")}.md`
        : `docs/sops/sop-${String(n).padStart(4, "0")}.md`;
    files[path] = sopWith({
      id: `sop-${n}`,
      title: `Procedure ${n}`,
      owner: "@maintainer",
      review_due: "2027-09-01",
    });
  }
  const set = (path: string, values: Record<string, string>) =>
    (files[path] = sopWith({ id: path, title: `Due ${path}`, ...values }));
  set(DUE.overdue, { owner: "@maintainer", review_due: "2027-02-01" });
  set(DUE.inWindow, { owner: "maintainer", review_due: "2027-03-31" });
  set(DUE.teamOwned, { owner: "@acme/ops", review_due: "2027-03-10" });
  set(DUE.strangerOwned, { owner: "@ghost", review_due: "2027-03-02" });
  set(RETIRED_OVERDUE, { status: "retired", review_due: "2026-01-01" });
  if (input.withCatalog) {
    const entries = Object.entries(files).flatMap(([path, markdown]) => {
      const entry = readCatalogEntry({ path, markdown });
      return entry ? [entry] : [];
    });
    files["docs/sops/README.md"] = buildCatalog({
      existing: null,
      entries,
      catalogPath: "docs/sops/README.md",
    });
  }
  const double = new GitHubDouble({ repo: { files } });
  double.addCollaborator({ login: "maintainer", role: "maintain" });
  return double;
}

/** One scheduled scan of the double's docs repository, as the Action runs it. */
export function runScan(double: GitHubDouble) {
  return scanReviewDue({
    octokit: octokitFor(double),
    docs: { owner: double.repo.owner, repo: double.repo.name },
    ref: double.repo.defaultBranch,
    htmlUrl: `https://github.com/${double.repo.owner}/${double.repo.name}`,
    config: ConfigSchema.parse({}),
    today: TODAY,
    log: silent,
  });
}
