import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** What `sopflow init` writes: repository path ← file shipped with sopflow. */
export const INIT_FILES: readonly { target: string; source: string }[] = [
  {
    target: ".github/ISSUE_TEMPLATE/sop-request.yml",
    source: ".github/ISSUE_TEMPLATE/sop-request.yml",
  },
  {
    target: ".github/ISSUE_TEMPLATE/sop-revise.yml",
    source: ".github/ISSUE_TEMPLATE/sop-revise.yml",
  },
  {
    target: ".github/ISSUE_TEMPLATE/sop-run.yml",
    source: ".github/ISSUE_TEMPLATE/sop-run.yml",
  },
  { target: ".github/workflows/sopflow.yml", source: "templates/workflow.yml" },
  {
    target: ".github/workflows/sopflow-review.yml",
    source: "templates/review-workflow.yml",
  },
  { target: ".github/sopflow.yml", source: "templates/sopflow.yml" },
];

export interface InitOutcome {
  code: 0 | 1;
  wrote: string[];
  unchanged: string[];
  skipped: string[];
  lines: string[];
}

/**
 * `sopflow init [--repo path] [--force]`: the issue template, the workflows (task events; the daily review scan)
 * and a commented default config. A file changed locally is never
 * overwritten without --force.
 */
export async function initCommand(argv: string[]): Promise<InitOutcome> {
  const { values } = parseArgs({
    args: argv,
    options: { repo: { type: "string" }, force: { type: "boolean" } },
    strict: true,
  });
  const repo = resolve(values.repo ?? process.cwd());
  const outcome: InitOutcome = {
    code: 0,
    wrote: [],
    unchanged: [],
    skipped: [],
    lines: [],
  };
  for (const file of INIT_FILES) {
    const wanted = await readFile(join(root, file.source), "utf8");
    const target = join(repo, file.target);
    const current = await readFile(target, "utf8").catch(() => null);
    if (current === wanted) {
      outcome.unchanged.push(file.target);
      outcome.lines.push(`unchanged  ${file.target}`);
    } else if (current !== null && !values.force) {
      outcome.skipped.push(file.target);
      outcome.lines.push(
        `skipped    ${file.target} (changed locally; rerun with --force to overwrite)`,
      );
    } else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, wanted);
      outcome.wrote.push(file.target);
      outcome.lines.push(
        `${current === null ? "wrote     " : "overwrote "} ${file.target}`,
      );
    }
  }
  outcome.lines.push(
    outcome.wrote.length
      ? 'Commit these files; then open an issue from the "SOP request" template. The workflow uses the repository\'s GITHUB_TOKEN (see the README for an App token).'
      : "Nothing to write.",
  );
  return outcome;
}
