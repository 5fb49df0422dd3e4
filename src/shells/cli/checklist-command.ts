import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildChecklist } from "../../core/checklist/build-checklist.js";
import { parseSop } from "../../core/sop/parse-sop.js";
import { usageError } from "./cli-args.js";
import { readLocalSop } from "./read-local-sop.js";
import { UsageError } from "./usage-error.js";

const OPTIONS = { out: { type: "string" }, today: { type: "string" } } as const;

export interface ChecklistOutcome {
  code: 0 | 1;
  lines: string[];
}

/**
 * `sopflow checklist <path> [--out file]`: a run of the SOP as a local
 * Markdown task list, pinned to the commit the SOP was read at; prints the
 * file's path.
 */
export async function checklistCommand(
  argv: string[],
): Promise<ChecklistOutcome> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError(error, Object.keys(OPTIONS), "sopflow checklist");
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0)
    throw new UsageError(
      "checklist needs one SOP file, e.g. `sopflow checklist docs/sops/release.md`",
    );
  const sop = await readLocalSop(file);
  const run = buildChecklist({
    sop: parseSop(sop.markdown),
    path: sop.path,
    commit: sop.commit ?? "uncommitted",
    link: sop.link,
  });
  const today = parsed.values.today ?? new Date().toISOString().slice(0, 10);
  const out = path.resolve(
    parsed.values.out ??
      `${run.key.id.replace(/[^\w.-]/g, "-")}-run-${today}.md`,
  );
  await writeFile(out, `# ${run.title}\n\n${run.body}`).catch(
    (error: unknown) => {
      throw new Error(`Cannot write the checklist to ${out}`, { cause: error });
    },
  );
  return {
    code: 0,
    lines: [...(sop.warning === null ? [] : [`note: ${sop.warning}`]), out],
  };
}
